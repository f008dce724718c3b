#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Parses an iCalendar file with the independent icalendar package (Debian: python3-icalendar)
# and prints what it read as JSON, for tst_changereport to compare field by field.
# Usage: check_ics.py FILE.ics
import json
import sys
from datetime import timedelta

import icalendar


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def instant(component, name):
    if name not in component:
        return None
    value = component.decoded(name)
    offset = value.utcoffset() if hasattr(value, 'utcoffset') else None
    return {
        'raw': component[name].to_ical().decode('utf-8'),
        'iso': value.isoformat(),
        'utc': offset == timedelta(0),
    }


def categories(component):
    value = component.get('CATEGORIES')
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        names.extend(str(c) for c in getattr(item, 'cats', [item]))
    return names


def main():
    with open(sys.argv[1], 'rb') as handle:
        data = handle.read()
    lines = data.split(b'\r\n')
    calendar = icalendar.Calendar.from_ical(data)
    events = []
    for event in calendar.walk('VEVENT'):
        events.append({
            'uid': text(event, 'UID'),
            'dtstamp': instant(event, 'DTSTAMP'),
            'dtstart': instant(event, 'DTSTART'),
            'dtend': instant(event, 'DTEND'),
            'summary': text(event, 'SUMMARY'),
            'description': text(event, 'DESCRIPTION'),
            'status': text(event, 'STATUS'),
            'categories': categories(event),
            'last_modified': instant(event, 'LAST-MODIFIED'),
        })
    print(json.dumps({
        'ends_with_crlf': data.endswith(b'\r\n'),
        'bare_line_feeds': data.count(b'\n') - data.count(b'\r\n'),
        'max_line_octets': max(len(line) for line in lines),
        'folded_lines': sum(1 for line in lines if line.startswith(b' ')),
        'version': text(calendar, 'VERSION'),
        'prodid': text(calendar, 'PRODID'),
        'method': text(calendar, 'METHOD'),
        'events': events,
    }, ensure_ascii=False))


if __name__ == '__main__':
    main()
