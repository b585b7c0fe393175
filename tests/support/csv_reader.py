#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Parses a CSV file with Python's csv module and prints its rows as JSON (ASCII only).

Usage: csv_reader.py FILE SEPARATOR    (a leading UTF-8 byte order mark is skipped)
The tests use it as an independent reader of what CsvWriter wrote.
"""
import csv
import json
import sys


def main():
    path, separator = sys.argv[1], sys.argv[2]
    with open(path, newline="", encoding="utf-8-sig") as file:
        rows = list(csv.reader(file, delimiter=separator, strict=True))
    json.dump(rows, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
