#!/usr/bin/env python3
"""Cuts the same small BEIR sample as the C# smoke test (tests/GeneBot.Knowledge.Tests/Support/BeirSample.cs):
the first QUERIES judged queries of the split (queries.jsonl order), every document judged for them, then documents
in corpus order up to DOCUMENTS.

    python3 bench/tools/beir_sample.py SOURCE_DIR SPLIT DEST_DIR [DOCUMENTS=200] [QUERIES=60]
"""
import json
import os
import sys


def main(source, split, destination, documents=200, queries=60):
    documents, queries = int(documents), int(queries)
    judgments = {}
    with open(os.path.join(source, "qrels", split + ".tsv"), encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            cells = line.rstrip("\n").split("\t")
            if number == 0 and not cells[-1].lstrip("-").isdigit():
                continue
            judgments.setdefault(cells[0], {})[cells[1]] = int(cells[2])
    kept = []
    with open(os.path.join(source, "queries.jsonl"), encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            qid = str(json.loads(line)["_id"])
            if any(g > 0 for g in judgments.get(qid, {}).values()):
                kept.append((qid, line.rstrip("\n")))
            if len(kept) == queries:
                break
    judged = {d for qid, _ in kept for d in judgments[qid]}
    corpus, filler = [], 0
    with open(os.path.join(source, "corpus.jsonl"), encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            doc_id = str(json.loads(line)["_id"])
            if doc_id in judged:
                corpus.append(line.rstrip("\n"))
            elif filler < documents - len(judged):
                corpus.append(line.rstrip("\n"))
                filler += 1
    os.makedirs(os.path.join(destination, "qrels"), exist_ok=True)
    with open(os.path.join(destination, "corpus.jsonl"), "w", encoding="utf-8") as out:
        out.write("\n".join(corpus) + "\n")
    with open(os.path.join(destination, "queries.jsonl"), "w", encoding="utf-8") as out:
        out.write("\n".join(line for _, line in kept) + "\n")
    with open(os.path.join(destination, "qrels", split + ".tsv"), "w", encoding="utf-8") as out:
        out.write("query-id\tcorpus-id\tscore\n")
        for qid, _ in kept:
            for doc, grade in judgments[qid].items():
                out.write(f"{qid}\t{doc}\t{grade}\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
