#!/usr/bin/env python3
"""Scores a TREC run file against BEIR qrels the way trec_eval does, independently of GeneBot's C# metric code.

    python3 bench/tools/trec_metrics.py QRELS.tsv RUN.txt

Prints nDCG@10 (trec_eval ndcg_cut.10: the grade as linear gain, log2 discount, ideal ranking from every judged
document), Recall@100 (recall.100), MRR@10 (reciprocal rank of the first relevant document in the top 10), averaged
over every query with a relevant judgment (trec_eval -c: a query missing from the run scores 0). Like trec_eval, it
ignores the run's rank column and sorts each query by score (as a 32-bit float) descending, ties by docno descending.
"""
import collections
import math
import struct
import sys


def float32(text):
    return struct.unpack("f", struct.pack("f", float(text)))[0]


def read_qrels(path):
    qrels = collections.defaultdict(dict)
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            cells = line.rstrip("\n").split("\t")
            if number == 0 and not cells[-1].lstrip("-").isdigit():
                continue
            if len(cells) == 3:
                qrels[cells[0]][cells[1]] = int(cells[2])
    return {q: j for q, j in qrels.items() if any(g > 0 for g in j.values())}


def read_run(path):
    run = collections.defaultdict(list)
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            qid, _, docno, _, score, _ = line.split()
            run[qid].append((float32(score), docno))
    ordered = {}
    for qid, docs in run.items():
        # score descending, then docno descending (strcmp(ptr2->docno, ptr1->docno))
        docs.sort(key=lambda d: (d[0], d[1].encode("utf-8")), reverse=True)
        ordered[qid] = [docno for _, docno in docs]
    return ordered


def ndcg_at(ranked, judged, k):
    dcg = sum(judged.get(d, 0) / math.log2(i + 2) for i, d in enumerate(ranked[:k]) if judged.get(d, 0) > 0)
    ideal_gains = sorted((g for g in judged.values() if g > 0), reverse=True)[:k]
    ideal = sum(g / math.log2(i + 2) for i, g in enumerate(ideal_gains))
    return dcg / ideal if ideal else 0.0


def main(qrels_path, run_path):
    qrels, run = read_qrels(qrels_path), read_run(run_path)
    ndcg = recall = mrr = 0.0
    for qid, judged in qrels.items():
        ranked = run.get(qid, [])
        relevant = {d for d, g in judged.items() if g > 0}
        ndcg += ndcg_at(ranked, judged, 10)
        recall += len(relevant.intersection(ranked[:100])) / len(relevant)
        mrr += next((1.0 / (i + 1) for i, d in enumerate(ranked[:10]) if d in relevant), 0.0)
    n = len(qrels)
    print(f"queries {n}\nndcg@10 {ndcg / n:.6f}\nrecall@100 {recall / n:.6f}\nmrr@10 {mrr / n:.6f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
