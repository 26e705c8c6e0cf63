"""Tiny translation models built locally (no hub): SentencePiece trained on a few KB,
small configs, saved with safetensors, loaded back through the real loading code."""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS_EN = "the cat dog house minister said talks will continue next week city council mayor river bridge".split()
WORDS_ES = "el gato perro casa ministro dijo charlas van continuar próxima semana ciudad consejo alcalde río puente".split()
LEXICON = dict(zip(WORDS_EN, WORDS_ES))


def corpus(lines: int = 400, seed: int = 0) -> list[str]:
    """A few KB of mixed English/Spanish text with quotation marks and accents."""
    rng = random.Random(seed)
    out = []
    for _ in range(lines):
        words = [rng.choice(WORDS_EN + WORDS_ES) for _ in range(rng.randint(3, 12))]
        text = " ".join(words).capitalize() + rng.choice([".", "?", "!", ","])
        if rng.random() < 0.3:
            text = f"“{text}” dijo él. ¿Qué pasó? Ñandú, acción, «sí»."
        out.append(text)
    return out


def _train_spm(folder: Path, name: str, vocab_size: int, texts: list[str] | None = None, **ids) -> Path:
    import sentencepiece as spm

    text_file = folder / "corpus.txt"
    text_file.write_text("\n".join(texts or corpus()), encoding="utf-8")
    prefix = folder / name
    spm.SentencePieceTrainer.train(
        input=str(text_file), model_prefix=str(prefix), vocab_size=vocab_size, model_type="bpe",
        byte_fallback=True, character_coverage=1.0, minloglevel=2, **ids,
    )
    text_file.unlink()
    return Path(f"{prefix}.model")


def _save_random(model_class, config, folder: Path, seed: int = 0) -> None:
    """A randomly initialised model, saved as safetensors like a downloaded one."""
    import torch

    torch.manual_seed(seed)
    model_class(config).save_pretrained(folder)


def build_marian(folder: Path, d_model: int = 64, layers: int = 2, heads: int = 4, ffn: int = 128,
                 vocab_size: int = 600, max_positions: int = 128, seed: int = 0, texts: list[str] | None = None,
                 embeddings: int | None = None) -> Path:
    """A random-weight Marian with a SentencePiece vocabulary of ``vocab_size`` trained on ``texts``.
    ``embeddings`` pads the vocabulary with unused entries to that many rows, so a benchmark model
    has a real model's embedding and output-projection size (opus-mt-es-en: 65,001)."""
    import sentencepiece as spm
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    model_file = _train_spm(folder, "spm", vocab_size, texts, bos_id=-1, eos_id=2, unk_id=1, pad_id=-1)
    sp = spm.SentencePieceProcessor(model_file=str(model_file))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    while embeddings and len(vocab) < embeddings - 1:
        vocab[f"<unused{len(vocab)}>"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    for name in ("source.spm", "target.spm"):
        (folder / name).write_bytes(model_file.read_bytes())
    model_file.unlink()
    (folder / "spm.vocab").unlink(missing_ok=True)
    tokenizer = MarianTokenizer(str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json"))
    tokenizer.save_pretrained(folder)
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn, decoder_ffn_dim=ffn,
        max_position_embeddings=max_positions, pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad,
        forced_eos_token_id=0, scale_embedding=True,
    )
    _save_random(MarianMTModel, config, folder, seed)
    return folder


def build_m2m100(folder: Path, languages=("en", "es", "fr")) -> Path:
    import sentencepiece as spm
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    model_file = _train_spm(folder, "sentencepiece.bpe", 600, bos_id=0, pad_id=1, eos_id=2, unk_id=3)
    sp = spm.SentencePieceProcessor(model_file=str(model_file))
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for i in range(sp.get_piece_size()):
        vocab.setdefault(sp.id_to_piece(i), len(vocab))
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = M2M100Tokenizer(str(folder / "vocab.json"), str(model_file), src_lang="en", tgt_lang="es",
                                language_codes="m2m100")
    tokenizer.save_pretrained(folder)
    size = max(tokenizer.lang_code_to_id.values()) + 1 + tokenizer.num_madeup_words
    config = M2M100Config(vocab_size=size, d_model=32, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
                          decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, max_position_embeddings=128,
                          pad_token_id=1, bos_token_id=0, eos_token_id=2, decoder_start_token_id=2)
    _save_random(M2M100ForConditionalGeneration, config, folder)
    return folder


def build_nllb(folder: Path) -> Path:
    from transformers import M2M100Config, M2M100ForConditionalGeneration, NllbTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    _train_spm(folder, "sentencepiece.bpe", 600, bos_id=0, pad_id=1, eos_id=2, unk_id=3)
    codes = ["eng_Latn", "spa_Latn", "fra_Latn"]
    tokenizer = NllbTokenizer.from_pretrained(folder, src_lang="eng_Latn", tgt_lang="spa_Latn", extra_special_tokens=codes)
    tokenizer.save_pretrained(folder)
    config = M2M100Config(vocab_size=len(tokenizer), d_model=32, encoder_layers=1, decoder_layers=1,
                          encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64,
                          max_position_embeddings=128, pad_token_id=1, bos_token_id=0, eos_token_id=2,
                          decoder_start_token_id=2)
    _save_random(M2M100ForConditionalGeneration, config, folder)
    return folder


def build_mbart50(folder: Path) -> Path:
    from transformers import MBart50Tokenizer, MBartConfig, MBartForConditionalGeneration

    folder.mkdir(parents=True, exist_ok=True)
    _train_spm(folder, "sentencepiece.bpe", 600, bos_id=0, pad_id=1, eos_id=2, unk_id=3)
    tokenizer = MBart50Tokenizer.from_pretrained(folder, src_lang="en_XX", tgt_lang="es_XX")
    tokenizer.save_pretrained(folder)
    config = MBartConfig(vocab_size=len(tokenizer), d_model=32, encoder_layers=1, decoder_layers=1,
                         encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64,
                         max_position_embeddings=128, pad_token_id=1, bos_token_id=0, eos_token_id=2,
                         decoder_start_token_id=2)
    _save_random(MBartForConditionalGeneration, config, folder)
    return folder


def build_t5(folder: Path) -> Path:
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    _train_spm(folder, "spiece", 600, pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    tokenizer = T5Tokenizer.from_pretrained(folder, extra_ids=0)
    tokenizer.save_pretrained(folder)
    config = T5Config(vocab_size=len(tokenizer), d_model=32, d_kv=8, d_ff=64, num_layers=1, num_heads=2,
                      pad_token_id=0, eos_token_id=1, decoder_start_token_id=0)
    _save_random(T5ForConditionalGeneration, config, folder)
    return folder
