"""Dedup benchmark: recall, false positives and time per article, on a
labelled set built from ../shared/eval.

Distinct articles: every Fundus body, and the text our extractor gets from
every page of the trafilatura set (every language the sets have). For each
article with enough text, a synthetic republished copy: another site's ad line
inserted, the last paragraph dropped (when there are three or more), a
"Source link" / "Facebook Comments Box" footer, white space changed, and for
Arabic another orthography (alef and teh marbuta forms); the copy then goes
through the extractor's body cleaning, as a fetched page would. Originals and copies
are fed in random order through the pipeline's own ``Deduplicator`` into a
fresh SQLite store (the real claim/candidate/root queries), ``IN_FLIGHT`` at a
time as in a crawl, each with its fingerprint made beforehand as the
extraction workers make it.

Printed: recall (copies in their original's cluster), false-positive pairs
(two different eval articles in one cluster), eval articles linked because
they are one story published twice (exact shingle containment >= 0.5:
``SAME_STORY``; ``--show`` prints them), ms per article for the dedup step,
split into the fingerprint (CPU in the extraction workers) and the matching
(the crawler's process), and the MinHash cost of rensa vs datasketch.

    .venv/bin/python bench/dedup.py [--eval ../shared/eval] [--threshold 0.5]
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scrapy.settings import Settings  # noqa: E402

from pipelines.cleaning import clean_paragraphs  # noqa: E402
from pipelines.dedup import Deduplicator  # noqa: E402
from pipelines.extractor import Extractor, NoArticle  # noqa: E402
from pipelines.fingerprints import NUM_PERM, SEED, containment, fingerprint, jaccard, shingles  # noqa: E402
from pipelines.language import detect  # noqa: E402
from pipelines.page import saved_page_text  # noqa: E402
from pipelines.record import content_hash  # noqa: E402
from pipelines.stores.sqlite import SQLiteStore  # noqa: E402
from pipelines.workers import Record  # noqa: E402

ADS = {
    "ar": "إعلان: اشترك الآن في نشرتنا البريدية لتصلك أهم العروض",
    "de": "Anzeige: Jetzt den Newsletter abonnieren und keine Nachricht verpassen",
    "fr": "Publicité : abonnez-vous à notre lettre d'information",
    "es": "Publicidad: suscríbase a nuestro boletín de noticias",
}
AD = "Advertisement: subscribe to our newsletter for the best deals of the week"
# Two eval articles whose texts share at least half of the shorter one's word
# trigrams verbatim are one story published twice (agency copy), not two stories.
IN_FLIGHT = 16  # records matched at once, as item pipelines have them during a crawl
SAME_STORY = 0.5


def articles(eval_dir: Path, extractor: Extractor) -> list[str]:
    texts = []
    fundus = eval_dir / "fundus" / "truth.jsonl"
    texts += [json.loads(line)["body"] for line in fundus.read_text(encoding="utf-8").splitlines()]
    other = eval_dir / "trafilatura"
    for line in (other / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        html = saved_page_text(row["url"], gzip.decompress((other / row["file"]).read_bytes()))
        try:
            texts.append(extractor.extract(html, row["url"]).text)
        except NoArticle:
            continue
    return texts


def republish(text: str, language: str | None, rng: random.Random, boilerplate: frozenset[str]) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) >= 3:
        paragraphs = paragraphs[:-1]
    paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), ADS.get(language or "", AD))
    paragraphs += ["Source link", "Facebook Comments Box"]
    copy = "\n\n".join("  ".join(p.split(" ")) for p in paragraphs)
    if language == "ar":
        copy = copy.replace("أ", "ا").replace("ة", "ه")
    # The copy's page goes through the same body cleaning as any page: the
    # footer lines are known leftovers, the ad line is not.
    return "\n".join(clean_paragraphs(copy, [], boilerplate))


def minhash_costs(texts: list[str]) -> tuple[float, float]:
    """ms per article for a 128-permutation signature: rensa, datasketch."""
    from datasketch import MinHash
    from rensa import RMinHash

    sets = [sorted(shingles(t)) for t in texts[:300]]
    started = time.perf_counter()
    for items in sets:
        rensa = RMinHash(num_perm=NUM_PERM, seed=SEED)
        rensa.update(items)
        rensa.digest()
    rensa_ms = (time.perf_counter() - started) / len(sets) * 1000
    started = time.perf_counter()
    for items in sets:
        sketch = MinHash(num_perm=NUM_PERM, seed=SEED)
        sketch.update_batch([s.encode() for s in items])
        sketch.digest()
    return rensa_ms, (time.perf_counter() - started) / len(sets) * 1000


async def run(docs: list[dict[str, Any]], threshold: float, min_shingles: int, tmp: Path) -> tuple[float, float]:
    """ms per article: the fingerprint (computed in the extraction workers in a
    crawl) and the matching against the store (the crawler's process, with
    ``IN_FLIGHT`` records at a time as a crawl has them)."""
    started = time.perf_counter()
    records = [Record(doc, fingerprint(doc["text"])) for doc in docs]
    fingerprint_ms = (time.perf_counter() - started) / len(docs) * 1000
    store = SQLiteStore(str(tmp / "dedup.sqlite3"))
    await store.open()
    deduplicator = Deduplicator(store, threshold, min_shingles)
    slots = asyncio.Semaphore(IN_FLIGHT)

    async def assign(record: Record) -> None:
        async with slots:
            await deduplicator.assign(record)

    started = time.perf_counter()
    await asyncio.gather(*(assign(record) for record in records))
    elapsed = time.perf_counter() - started
    await store.close()
    for doc, record in zip(docs, records, strict=True):
        doc.update(cluster_id=record["cluster_id"], duplicate_of=record["duplicate_of"])
    return fingerprint_ms, elapsed / len(docs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--threshold", type=float, default=None, help="default: DEDUP_THRESHOLD")
    parser.add_argument("--show", action="store_true", help="print the start of each false-positive pair")
    args = parser.parse_args()
    settings = Settings()
    settings.setmodule("config.settings")
    threshold = args.threshold if args.threshold is not None else settings.getfloat("DEDUP_THRESHOLD")
    min_shingles = settings.getint("DEDUP_MIN_SHINGLES")
    rng = random.Random(2026)
    extractor = Extractor.from_settings(settings)
    texts = [t for t in articles(Path(args.eval), extractor) if len(shingles(t)) >= min_shingles]
    languages = [detect(t) for t in texts]
    docs = []
    for story, (text, language) in enumerate(zip(texts, languages, strict=True)):
        for kind, body in (("original", text), ("copy", republish(text, language, rng, extractor.boilerplate))):
            key = f"{story:08d}{kind[0]}".ljust(32, "0")
            docs.append({"_id": key, "story": story, "text": body, "content_hash": content_hash(body)})
    rng.shuffle(docs)
    with tempfile.TemporaryDirectory() as tmp:
        fingerprint_ms, match_ms = asyncio.run(run(docs, threshold, min_shingles, Path(tmp)))
    cluster = {d["_id"]: d["cluster_id"] for d in docs}
    pairs = defaultdict(list)
    for doc in docs:
        pairs[doc["story"]].append(doc["_id"])
    found = sum(1 for ids in pairs.values() if cluster[ids[0]] == cluster[ids[1]])
    if args.show:
        by_id = {d["_id"]: d for d in docs}
        for ids in pairs.values():
            if cluster[ids[0]] != cluster[ids[1]]:
                one, two = (fingerprint(by_id[i]["text"]) for i in ids)
                print(
                    f"missed copy: jaccard {jaccard(one.digest, two.digest):.2f}, containment "
                    f"{containment(one, two):.2f}, sizes {one.size}/{two.size}"
                )
    members = defaultdict(set)
    for doc in docs:
        members[doc["cluster_id"]].add(doc["story"])
    false_pairs = syndicated = 0
    for stories in members.values():
        ordered = sorted(stories)
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 :]:
                a, b = shingles(texts[first]), shingles(texts[second])
                exact = len(a & b) / min(len(a), len(b))
                if exact >= SAME_STORY:
                    syndicated += 1
                else:
                    false_pairs += 1
                if args.show:
                    print(f"linked eval pair (exact containment {exact:.2f}): {texts[first][:100]!r}")
                    print(f"                                            vs: {texts[second][:100]!r}")
    rensa_ms, datasketch_ms = minhash_costs(texts)
    counts = defaultdict(int)
    for language in languages:
        counts[language or "??"] += 1
    print(f"articles {len(texts)} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items(), key=lambda i: -i[1]))})")
    print(f"threshold {threshold}, min shingles {min_shingles}")
    print(f"recall                {found / len(pairs):.4f}  ({found} of {len(pairs)} copies linked)")
    print(f"false-positive pairs  {false_pairs}  (different eval articles linked)")
    share = f"{SAME_STORY:.0%}"
    print(f"syndicated eval pairs {syndicated}  (eval articles sharing >= {share} of their word trigrams, linked)")
    total = fingerprint_ms + match_ms
    print(f"dedup step            {total:.2f} ms per article: fingerprint {fingerprint_ms:.2f} ms (extraction workers)")
    where = f"claim, candidates, root; SQLite, {IN_FLIGHT} in flight"
    print(f"                      + matching {match_ms:.2f} ms ({where})")
    print(f"MinHash signature     rensa {rensa_ms:.3f} ms, datasketch {datasketch_ms:.3f} ms per article")


if __name__ == "__main__":
    main()
