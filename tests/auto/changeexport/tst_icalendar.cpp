// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/change/icalendar.h"
#include "core/ticketkind.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Change;
using namespace Qt::StringLiterals;

namespace {

QByteArray repeated(char c, int count)
{
    return QByteArray(count, c);
}

// Undoes the folding: CRLF followed by a space joins the lines again.
QByteArray unfolded(QByteArray folded)
{
    return folded.replace("\r\n ", "");
}

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

class tst_ICalendar : public QObject
{
    Q_OBJECT

private slots:
    void shouldEscapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << u"Patch the app"_s << QByteArray("Patch the app");
        QTest::newRow("backslash") << u"C:\\temp"_s << QByteArray("C:\\\\temp");
        QTest::newRow("semicolon") << u"a;b"_s << QByteArray("a\\;b");
        QTest::newRow("comma") << u"a,b"_s << QByteArray("a\\,b");
        QTest::newRow("line feed") << u"a\nb"_s << QByteArray("a\\nb");
        QTest::newRow("crlf is one break") << u"a\r\nb"_s << QByteArray("a\\nb");
        QTest::newRow("lone cr") << u"a\rb"_s << QByteArray("a\\nb");
        QTest::newRow("two breaks") << u"a\n\nb"_s << QByteArray("a\\n\\nb");
        QTest::newRow("everything") << u"x\\;,\ny"_s << QByteArray("x\\\\\\;\\,\\ny");
        QTest::newRow("escaped already stays text") << u"\\n"_s << QByteArray("\\\\n");
        QTest::newRow("colon and quotes are plain") << u"a:\"b\""_s << QByteArray("a:\"b\"");
        QTest::newRow("tab kept") << u"a\tb"_s << QByteArray("a\tb");
        QTest::newRow("other controls dropped") << u"a\x01\x7f"_s + QChar(0x1b) + u"b"_s
                                                << QByteArray("ab");
        QTest::newRow("utf-8") << u"Zürich 東京 😀"_s
                               << QByteArray("Z\xc3\xbcrich \xe6\x9d\xb1\xe4\xba\xac "
                                             "\xf0\x9f\x98\x80");
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void shouldEscapeText()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(ICalendar::escapeText(text), expected);
    }

    void shouldFoldAt75OctetsWithoutSplittingUtf8_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray a73 = repeated('a', 73), a74 = repeated('a', 74),
                         a75 = repeated('a', 75);
        QTest::newRow("empty") << QByteArray() << QByteArray("\r\n");
        QTest::newRow("short") << QByteArray("UID:x") << QByteArray("UID:x\r\n");
        QTest::newRow("exactly 75") << a75 << a75 + "\r\n";
        QTest::newRow("76") << a75 + "b" << a75 + "\r\n b\r\n";
        // A continuation line holds 74 octets after its space.
        QTest::newRow("three lines") << a75 + a74 + "c" << a75 + "\r\n " + a74 + "\r\n c\r\n";
        QTest::newRow("2-byte char across the fold")
            << a74 + "\xc3\xbc" << a74 + "\r\n \xc3\xbc\r\n";
        QTest::newRow("2-byte char ends at the fold")
            << a73 + "\xc3\xbc" + "bc" << a73 + "\xc3\xbc\r\n bc\r\n";
        QTest::newRow("3-byte char, fold on its last byte")
            << a73 + "\xe6\x9d\xb1" + "b" << a73 + "\r\n \xe6\x9d\xb1" + "b\r\n";
        QTest::newRow("3-byte char, fold on its second byte")
            << a74 + "\xe6\x9d\xb1" << a74 + "\r\n \xe6\x9d\xb1\r\n";
        QTest::newRow("4-byte char across the fold")
            << repeated('a', 72) + "\xf0\x9f\x98\x80" + "x"
            << repeated('a', 72) + "\r\n \xf0\x9f\x98\x80" + "x\r\n";
        // 80 × ü = 160 octets: 37 chars (74 octets) per line, since 75 would split one.
        QByteArray umlauts;
        for (int i = 0; i < 80; ++i)
            umlauts += "\xc3\xbc";
        QTest::newRow("only 2-byte chars")
            << umlauts << umlauts.left(74) + "\r\n " + umlauts.mid(74, 74) + "\r\n "
                              + umlauts.mid(148) + "\r\n";
    }
    void shouldFoldAt75OctetsWithoutSplittingUtf8()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        const QByteArray folded = ICalendar::foldLine(line);
        QCOMPARE(folded, expected);
        // and whatever the case: short lines of whole characters that unfold to the line
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = folded.chopped(2).split('\n');
        for (const QByteArray &piece : lines) {
            const QByteArray content = piece.endsWith('\r') ? piece.chopped(1) : piece;
            QVERIFY2(content.size() <= 75, content.constData());
            QVERIFY(isValidUtf8(content));
        }
        QCOMPARE(unfolded(folded).chopped(2), line);
    }

    void shouldFoldAnyMixOfCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("umlauts") << QString(200, QChar(0xfc));
        QTest::newRow("cjk") << QString(100, QChar(0x6771));
        QTest::newRow("mixed") << u"Zürich;東京,😀 "_s.repeated(20);
    }
    void shouldFoldAnyMixOfCharacters()
    {
        QFETCH(QString, text);
        // Every start offset moves the fold across each kind of character.
        for (int prefix = 0; prefix < 8; ++prefix) {
            const QByteArray line = "SUMMARY:" + repeated('x', prefix)
                                    + ICalendar::escapeText(text);
            const QByteArray folded = ICalendar::foldLine(line);
            for (const QByteArray &piece : folded.split('\n')) {
                QVERIFY(piece.size() <= 76); // 75 and the CR
                QVERIFY(isValidUtf8(piece));
            }
            QCOMPARE(unfolded(folded), line + "\r\n");
        }
    }

    void shouldWriteUtcDateTimes_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("epoch") << QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)
                               << QByteArray("19700101T000000Z");
        QTest::newRow("milliseconds truncated")
            << QDateTime(QDate(2026, 3, 2), QTime(20, 0, 59, 999), Qt::UTC)
            << QByteArray("20260302T200059Z");
        QTest::newRow("offset converted")
            << QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600)
            << QByteArray("20251231T233000Z");
    }
    void shouldWriteUtcDateTimes()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QByteArray, expected);
        QCOMPARE(ICalendar::utcDateTime(instant), expected);
        QCOMPARE(ICalendar::utcDateTime(instant.toMSecsSinceEpoch()), expected);
    }

    void shouldMapEveryChangeStateToAStatus_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QByteArray>("status");
        const QHash<QString, QByteArray> expected = {
            {u"draft"_s, "TENTATIVE"},          {u"assessing"_s, "TENTATIVE"},
            {u"awaiting_approval"_s, "TENTATIVE"}, {u"approved"_s, "CONFIRMED"},
            {u"rejected"_s, "CANCELLED"},       {u"scheduled"_s, "CONFIRMED"},
            {u"implementing"_s, "CONFIRMED"},   {u"review"_s, "CONFIRMED"},
            {u"closed"_s, "CONFIRMED"},         {u"cancelled"_s, "CANCELLED"},
        };
        // Every state of the lifecycle has its row: a new state must be mapped here too.
        for (const QString &state : states(TicketKind::Change)) {
            QVERIFY2(expected.contains(state), qPrintable(state));
            QTest::newRow(qPrintable(state)) << state << expected.value(state);
        }
    }
    void shouldMapEveryChangeStateToAStatus()
    {
        QFETCH(QString, state);
        QFETCH(QByteArray, status);
        QCOMPARE(ICalendar::statusName(ICalendar::statusOfChange(state)), status);
    }

    void shouldWriteACalendarOfEvents()
    {
        // Given an event with everything and a moment without an end
        ICalendar::Calendar calendar;
        calendar.productId = u"-//ServiceDeck//Test//EN"_s;
        calendar.name = u"Changes, March"_s;
        calendar.stamp = QDateTime(QDate(2026, 2, 20), QTime(8, 0), Qt::UTC);
        ICalendar::Event full;
        full.uid = u"change-1@servicedeck"_s;
        full.when = TimeSpan::fromIso(u"2026-03-02T20:00:00Z"_s, u"2026-03-02T22:00:00Z"_s);
        full.summary = u"CHG1: a; b, c"_s;
        full.description = u"Type: Normal\nRisk: High"_s;
        full.status = ICalendar::EventStatus::Tentative;
        full.categories = {u"Change"_s, u"A,B"_s};
        full.lastModified = QDateTime(QDate(2026, 2, 15), QTime(10, 30), Qt::UTC);
        ICalendar::Event moment;
        moment.uid = u"change-2@servicedeck"_s;
        moment.when = TimeSpan::fromIso(u"2026-03-03T22:00:00Z"_s, u"2026-03-03T22:00:00Z"_s);
        moment.summary = u"CHG2"_s;
        calendar.events = {full, moment};

        // When it is written
        const QByteArray written = ICalendar::write(calendar);

        // Then it is the calendar, line by line, with CRLF
        const QByteArray expected = "BEGIN:VCALENDAR\r\n"
                                    "VERSION:2.0\r\n"
                                    "PRODID:-//ServiceDeck//Test//EN\r\n"
                                    "CALSCALE:GREGORIAN\r\n"
                                    "METHOD:PUBLISH\r\n"
                                    "X-WR-CALNAME:Changes\\, March\r\n"
                                    "BEGIN:VEVENT\r\n"
                                    "UID:change-1@servicedeck\r\n"
                                    "DTSTAMP:20260220T080000Z\r\n"
                                    "DTSTART:20260302T200000Z\r\n"
                                    "DTEND:20260302T220000Z\r\n"
                                    "SUMMARY:CHG1: a\\; b\\, c\r\n"
                                    "DESCRIPTION:Type: Normal\\nRisk: High\r\n"
                                    "STATUS:TENTATIVE\r\n"
                                    "CATEGORIES:Change,A\\,B\r\n"
                                    "LAST-MODIFIED:20260215T103000Z\r\n"
                                    "END:VEVENT\r\n"
                                    "BEGIN:VEVENT\r\n"
                                    "UID:change-2@servicedeck\r\n"
                                    "DTSTAMP:20260220T080000Z\r\n"
                                    "DTSTART:20260303T220000Z\r\n"
                                    "SUMMARY:CHG2\r\n"
                                    "STATUS:CONFIRMED\r\n"
                                    "END:VEVENT\r\n"
                                    "END:VCALENDAR\r\n";
        QCOMPARE(written, expected);
    }
};

QTEST_GUILESS_MAIN(tst_ICalendar)
#include "tst_icalendar.moc"
