#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The whole headless run's baseline: what a short script does for
`smm-price-browser --open FILE --export OUT` with the default columns."""
import csv
import json
import sys

COLUMNS = ["ID", "Service", "Category", "Type", "Price / 1K", "Min", "Max", "Refill", "Status"]
FIELDS = ["id", "name", "category", "type", "price", "min", "max", "refill", "status"]


def main():
    with open(sys.argv[1], encoding="utf-8") as source:
        services = json.load(source)["data"]
    with open(sys.argv[2], "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for service in services:
            writer.writerow([service.get(field) for field in FIELDS])


main()
