#!/usr/bin/env python3
"""Writes the benchmark's customer book as import-ready CSV files of at most --chunk rows each.

Columns: externalRef,name,type,mobile,joinedAt (the subset of POST /api/v1/customers/import
that an INDIVIDUAL needs). Seeded, so every run imports the same book.
"""
import argparse
import csv
import datetime
import os
import random
import sys

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红梅鹏飞晨宇浩然欣怡子涵雨轩佳琪思远文博嘉俊"
# Real CN mobile prefixes; 138 is one of many, so the q=138 list query matches a few percent, not all.
PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159",
            "177", "180", "181", "182", "183", "185", "186", "187", "188", "189"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--chunk", type=int, default=10_000)
    parser.add_argument("--out", required=True, help="directory for customers-NNN.csv")
    parser.add_argument("--seed", type=int, default=20261123)
    args = parser.parse_args()
    if args.rows < 1 or args.chunk < 1 or args.rows > 10**8:
        parser.error("need 1 <= rows <= 10^8 and chunk >= 1")

    rng = random.Random(args.seed)
    # Distinct 8-digit tails make every mobile unique whatever prefix it gets.
    tails = rng.sample(range(10**8), args.rows)
    today = datetime.date.today()
    os.makedirs(args.out, exist_ok=True)

    files = 0
    for start in range(0, args.rows, args.chunk):
        path = os.path.join(args.out, "customers-%03d.csv" % files)
        with open(path, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(["externalRef", "name", "type", "mobile", "joinedAt"])
            for i in range(start, min(start + args.chunk, args.rows)):
                name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
                mobile = rng.choice(PREFIXES) + "%08d" % tails[i]
                # At least 2 days back, so no server zone can see the date as in the future.
                joined = today - datetime.timedelta(days=rng.randrange(2, 5 * 365))
                out.writerow(["BENCH-%07d" % (i + 1), name, "INDIVIDUAL", mobile, joined.isoformat()])
        files += 1
    print("wrote %d rows in %d files to %s" % (args.rows, files, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
