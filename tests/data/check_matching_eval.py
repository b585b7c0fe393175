#!/usr/bin/env python3
"""Validate the service-matching evaluation sets and print their counts.

Usage: check_matching_eval.py [matching-eval.json] [matching-holdout.json]
Exits 1 with one line per problem on stderr when a file breaks the rules in matching-eval.md.
"""
import collections
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'followers', 'likes', 'views', 'comments', 'shares', 'saves', 'story-views', 'live-viewers', 'members',
         'subscribers', 'page-likes', 'post-likes', 'reactions', 'retweets', 'watch-hours', 'impressions', 'plays',
         'comment-likes'}
REFILL = re.compile(r'^(none|refill|lifetime|(7|15|30|60|90|365)d)$')
AUDIENCE = re.compile(r'^(WW|[A-Z]{2})$')
# Minimums per file: services, panels, styles, groups.
RULES = {'eval': (330, 4, 4, 65), 'holdout': (100, 2, 2, 25)}


def is_count(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 0
    return isinstance(value, str) and value.strip().isdigit()


def is_rate(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return value > 0
    try:
        return isinstance(value, str) and float(value) > 0
    except ValueError:
        return False


def check(path, kind, problems):
    def bad(msg):
        problems.append(f'{os.path.basename(path)}: {msg}')

    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    panels = {p.get('name'): p.get('style') for p in doc.get('panels', [])}
    if not panels or None in panels or not all(panels.values()):
        bad('every panel needs a name and a style')
    services = doc.get('services', [])
    seen_ids = set()
    for n, s in enumerate(services):
        where = f'service #{n} ({s.get("panel")} {s.get("id")})'
        if s.get('panel') not in panels:
            bad(f'{where}: unknown panel')
        if not isinstance(s.get('id'), int) or (s.get('panel'), s.get('id')) in seen_ids:
            bad(f'{where}: id missing or repeated on its panel')
        seen_ids.add((s.get('panel'), s.get('id')))
        for field in ('name', 'category', 'currency', 'group'):
            if not isinstance(s.get(field), str) or not s[field].strip():
                bad(f'{where}: {field} missing')
        if not is_rate(s.get('rate')):
            bad(f'{where}: rate is not a positive number')
        for field in ('min', 'max'):
            if s.get(field) is not None and not is_count(s[field]):
                bad(f'{where}: {field} is neither a count nor null')
        for field in ('type', 'note'):
            if s.get(field) is not None and not isinstance(s[field], str):
                bad(f'{where}: {field} is neither text nor null')
        parts = str(s.get('group', '')).split('|')
        if len(parts) != 4 or not parts[0].isalpha() or parts[1] not in KINDS \
                or not AUDIENCE.match(parts[2]) or not REFILL.match(parts[3]):
            bad(f'{where}: group "{s.get("group")}" is not platform|kind|audience|refill')

    groups = collections.defaultdict(list)
    for s in services:
        groups[s.get('group')].append(s)
    styles = set(panels.values())
    spread = {g: len({s['panel'] for s in m}) for g, m in groups.items()}
    cross = sum(1 for g, m in groups.items() if len(m) >= 2 and spread[g] >= 2)
    relisted = sum(1 for m in groups.values()
                   if max(collections.Counter(s['panel'] for s in m).values()) >= 2)
    keys = [tuple(g.split('|')) for g in groups if g and g.count('|') == 3]
    lookalikes = sum(1 for a, b in itertools.combinations(keys, 2)
                     if sum(x != y for x, y in zip(a, b)) == 1)
    same_pairs = sum(len(m) * (len(m) - 1) // 2 for m in groups.values())
    all_pairs = len(services) * (len(services) - 1) // 2

    min_services, min_panels, min_styles, min_groups = RULES[kind]
    if len(services) < min_services:
        bad(f'{len(services)} services, want at least {min_services}')
    if len(panels) < min_panels or len(styles) < min_styles:
        bad(f'{len(panels)} panels in {len(styles)} styles, want {min_panels} and {min_styles}')
    if len(groups) < min_groups:
        bad(f'{len(groups)} groups, want at least {min_groups}')
    if cross < 0.8 * len(groups):
        bad(f'only {cross} of {len(groups)} groups have 2+ members on 2+ panels')

    print(f'{os.path.basename(path)}: {len(services)} services, {len(panels)} panels, {len(styles)} styles, '
          f'{len(groups)} groups ({cross} on 2+ panels, {relisted} with relisted near-duplicates), '
          f'{lookalikes} look-alike group pairs (differ in one attribute), '
          f'{same_pairs} same-group pairs of {all_pairs}')
    print('  panels: ' + ', '.join(f'{p} ({st}, {sum(1 for s in services if s.get("panel") == p)})'
                                   for p, st in panels.items()))
    print('  members per panel count: ' + ', '.join(f'{k} panels: {v} groups'
                                                    for k, v in sorted(collections.Counter(spread.values()).items())))
    return set(panels)


def main():
    paths = sys.argv[1:] or [os.path.join(HERE, 'matching-eval.json'), os.path.join(HERE, 'matching-holdout.json')]
    problems = []
    names = [check(path, kind, problems) for path, kind in zip(paths, ('eval', 'holdout'))]
    if len(names) == 2 and names[0] & names[1]:
        problems.append('the holdout shares panels with the evaluation set: ' + ', '.join(sorted(names[0] & names[1])))
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
