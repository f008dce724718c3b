// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include <cstdio>

namespace ServiceDeck::Change::ICalendar {

namespace {

constexpr qsizetype MaxLineOctets = 75;

bool isContinuationByte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// Appends folded content lines.
struct Writer
{
    void line(const char *name, const QByteArray &value)
    {
        data += foldLine(QByteArray(name) + ':' + value);
    }
    void text(const char *name, const QString &value) { line(name, escapeText(value)); }

    QByteArray data;
};

} // namespace

QByteArray statusName(EventStatus status)
{
    switch (status) {
    case EventStatus::Tentative: return QByteArrayLiteral("TENTATIVE");
    case EventStatus::Confirmed: return QByteArrayLiteral("CONFIRMED");
    case EventStatus::Cancelled: return QByteArrayLiteral("CANCELLED");
    }
    return {};
}

EventStatus statusOfChange(QStringView state)
{
    if (state == u"cancelled" || state == u"rejected")
        return EventStatus::Cancelled;
    if (state == u"approved" || state == u"scheduled" || state == u"implementing"
        || state == u"review" || state == u"closed")
        return EventStatus::Confirmed;
    return EventStatus::Tentative; // draft, assessing, awaiting_approval
}

QByteArray escapeText(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\': escaped += QLatin1String("\\\\"); break;
        case u';': escaped += QLatin1String("\\;"); break;
        case u',': escaped += QLatin1String("\\,"); break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            escaped += QLatin1String("\\n");
            break;
        case u'\n': escaped += QLatin1String("\\n"); break;
        case u'\t': escaped += c; break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                escaped += c;
        }
    }
    return escaped.toUtf8();
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray folded;
    folded.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    qsizetype room = MaxLineOctets;
    while (line.size() - pos > room) {
        qsizetype cut = pos + room;
        // Back to the start of the UTF-8 sequence the cut would split.
        while (cut > pos && isContinuationByte(line.at(cut)))
            --cut;
        if (cut == pos) // not UTF-8: never loop without progress
            cut = pos + room;
        folded += QByteArrayView(line).sliced(pos, cut - pos);
        folded += "\r\n ";
        pos = cut;
        room = MaxLineOctets - 1; // the leading space counts
    }
    folded += QByteArrayView(line).sliced(pos);
    folded += "\r\n";
    return folded;
}

QByteArray utcDateTime(qint64 msecsSinceEpoch)
{
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
    const QDate date = instant.date();
    const QTime time = instant.time();
    // Digits by hand: a locale must never turn them into other numerals.
    char text[24];
    std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02dZ", date.year(), date.month(),
                  date.day(), time.hour(), time.minute(), time.second());
    return QByteArray(text);
}

QByteArray utcDateTime(const QDateTime &instant)
{
    return utcDateTime(instant.toMSecsSinceEpoch());
}

QByteArray write(const Calendar &calendar)
{
    Writer out;
    out.line("BEGIN", "VCALENDAR");
    out.line("VERSION", "2.0");
    out.text("PRODID", calendar.productId);
    out.line("CALSCALE", "GREGORIAN");
    out.line("METHOD", "PUBLISH");
    if (!calendar.name.isEmpty())
        out.text("X-WR-CALNAME", calendar.name);
    const QByteArray stamp = utcDateTime(calendar.stamp);
    for (const Event &event : calendar.events) {
        out.line("BEGIN", "VEVENT");
        out.text("UID", event.uid);
        out.line("DTSTAMP", stamp);
        out.line("DTSTART", utcDateTime(event.when.start));
        // Without DTEND an event with a DATE-TIME start takes up that instant (RFC 5545,
        // 3.6.1), and DTEND must lie after DTSTART.
        if (event.when.end > event.when.start)
            out.line("DTEND", utcDateTime(event.when.end));
        out.text("SUMMARY", event.summary);
        if (!event.description.isEmpty())
            out.text("DESCRIPTION", event.description);
        out.line("STATUS", statusName(event.status));
        if (!event.categories.isEmpty()) {
            QByteArray list;
            for (const QString &category : event.categories) {
                if (!list.isEmpty())
                    list += ',';
                list += escapeText(category);
            }
            out.line("CATEGORIES", list);
        }
        if (event.lastModified.isValid())
            out.line("LAST-MODIFIED", utcDateTime(event.lastModified));
        out.line("END", "VEVENT");
    }
    out.line("END", "VCALENDAR");
    return out.data;
}

} // namespace ServiceDeck::Change::ICalendar
