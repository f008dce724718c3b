// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportscenario.h"

#include "storage/changereport/changereport.h"
#include "storage/changereport/schedulecalendar.h"

#include "core/change/icalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Storage;
using namespace Qt::StringLiterals;

namespace {

// The interpreter that has the icalendar module. A distribution's python3-icalendar belongs to
// the system interpreter, which a per-user Python earlier on PATH (pyenv, a venv) hides, so the
// system one is asked too. Empty when none has it.
QString pythonWithICalendar()
{
    QStringList candidates;
    if (const QString configured = qEnvironmentVariable("SERVICEDECK_PYTHON");
        !configured.isEmpty())
        candidates << configured;
    for (const QString &name : {u"python3"_s, u"python"_s}) {
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            candidates << found;
    }
    candidates << u"/usr/bin/python3"_s;
    for (const QString &candidate : std::as_const(candidates)) {
        QProcess probe;
        probe.start(candidate, {u"-c"_s, u"import icalendar"_s});
        if (probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

QStringList render(const QList<Change::Collision> &collisions)
{
    QStringList lines;
    for (const Change::Collision &c : collisions)
        lines << Change::collisionKindName(c.kind) + u' ' + c.numbers.join(u',');
    return lines;
}

const ReportedChange *find(const ChangeReport &report, const QString &number)
{
    for (const ReportedChange &change : report.changes) {
        if (change.number == number)
            return &change;
    }
    return nullptr;
}

QString adminName(Database &db)
{
    auto query = db.exec(u"SELECT display_name FROM users WHERE login = 'admin'"_s);
    return query.ok() && query->next() ? query->value(0).toString() : QString();
}

// What the DESCRIPTION of a change says, line by line, its collisions last.
QString description(const QStringList &lines, const ChangeReport &report, const QUuid &change)
{
    QStringList all = lines;
    for (const Change::Collision &collision : report.collisionsOf(change))
        all << u"Collision: "_s + collision.explanation;
    return all.join(u'\n');
}

QJsonObject eventWithUid(const QJsonArray &events, const QString &uid)
{
    for (const QJsonValue &event : events) {
        if (event[u"uid"_s].toString() == uid)
            return event.toObject();
    }
    return {};
}

QJsonObject instant(const QString &raw, const QString &iso)
{
    return {{u"raw"_s, raw}, {u"iso"_s, iso}, {u"utc"_s, true}};
}

} // namespace

class tst_ChangeReport : public QObject
{
    Q_OBJECT

private slots:
    void shouldLoadWhatTheCabReads_data() { Test::addDriverRows(); }
    void shouldLoadWhatTheCabReads()
    {
        SD_CMDB_FIXTURE(f);
        auto scenario = Test::ExportScenario::make(f);
        SD_VERIFY_OK(scenario);

        // When March is loaded
        auto report = ChangeReportRepository(f.db()).load(Test::ExportScenario::march());
        SD_VERIFY_OK(report);

        // Then it has every change of March but the closed one, cancelled included
        QStringList numbers;
        for (const ReportedChange &change : report->changes)
            numbers << change.number;
        QCOMPARE(numbers, QStringList({u"CHG0000101"_s, u"CHG0000102"_s, u"CHG0000103"_s,
                                       u"CHG0000104"_s}));
        const ReportedChange &patch = *find(*report, u"CHG0000101"_s);
        QCOMPARE(patch.id, scenario->patch);
        QCOMPARE(patch.title, u"Patch app"_s);
        QCOMPARE(patch.type, Change::ChangeType::Normal);
        QCOMPARE(patch.state, u"scheduled"_s);
        QVERIFY(patch.risk == Change::RiskLevel::High);
        QCOMPARE(patch.window, Change::TimeSpan::fromIso(u"2026-03-02T20:00:00Z"_s,
                                                         u"2026-03-02T22:00:00Z"_s));
        QCOMPARE(patch.implementer, adminName(f.db()));
        QCOMPARE(patch.service, u"shop"_s);
        QCOMPARE(patch.cis, QStringList({u"app"_s, u"srv1"_s}));
        QCOMPARE(patch.approval.state, Change::ApprovalState::Approved);
        QCOMPARE(patch.updated, QDateTime(QDate(2026, 2, 15), QTime(10, 30), Qt::UTC));

        const ReportedChange &migrate = *find(*report, u"CHG0000102"_s);
        QCOMPARE(migrate.title, Test::ExportScenario::awkwardTitle());
        QCOMPARE(migrate.cis, QStringList{u"app"_s});
        QCOMPARE(migrate.approval.state, Change::ApprovalState::Pending);
        QCOMPARE(migrate.approval.approvedBy, QList<QUuid>{scenario->carol});
        QCOMPARE(migrate.approval.waitingFor, QList<QUuid>{scenario->dave});
        QVERIFY(migrate.implementer.isEmpty());

        const ReportedChange &retire = *find(*report, u"CHG0000103"_s);
        QCOMPARE(retire.type, Change::ChangeType::Emergency);
        QCOMPARE(retire.state, u"cancelled"_s);
        QCOMPARE(retire.approval.state, Change::ApprovalState::NotRequested);

        const ReportedChange &rotate = *find(*report, u"CHG0000104"_s);
        QCOMPARE(rotate.type, Change::ChangeType::Standard);
        QVERIFY(!rotate.risk.has_value());
        QVERIFY(rotate.cis.isEmpty());
        QCOMPARE(rotate.approval.state, Change::ApprovalState::Approved); // pre-approved

        // and the freeze with its scope and reason
        QCOMPARE(report->blackouts.size(), 1);
        const ReportedBlackout &freeze = report->blackouts.first();
        QCOMPARE(freeze.id, scenario->freeze);
        QCOMPARE(freeze.name, u"Quarter close"_s);
        QCOMPARE(freeze.reason, u"Finance closes the books; no changes, please"_s);
        QVERIFY(!freeze.global);
        QCOMPARE(freeze.scope, QStringList{u"shop"_s});
        QCOMPARE(freeze.window, Change::TimeSpan::fromIso(u"2026-03-02T00:00:00Z"_s,
                                                          u"2026-03-03T00:00:00Z"_s));

        // and the collisions the engine finds, where the cancelled change takes no part
        const QStringList collisions = render(report->collisions);
        QVERIFY2(collisions.contains(u"same_ci CHG0000101,CHG0000102"_s),
                 qPrintable(collisions.join(u"; ")));
        QVERIFY(collisions.contains(u"blackout CHG0000101"_s));
        QVERIFY(collisions.contains(u"blackout CHG0000102"_s));
        QVERIFY(report->collisionsOf(scenario->retire).isEmpty());
        QVERIFY(report->collisionsOf(scenario->rotate).isEmpty());
        for (const Change::Collision &collision : report->collisionsOf(scenario->patch))
            QVERIFY(collision.changes.contains(scenario->patch));
    }

    void shouldExportAnICalendarThatAnIndependentParserReads_data() { Test::addDriverRows(); }
    void shouldExportAnICalendarThatAnIndependentParserReads()
    {
        // python3 with icalendar is part of the test setup (./test.sh installs
        // python3-icalendar): without it this check fails rather than passing unseen.
        const QString python = pythonWithICalendar();
        QVERIFY2(!python.isEmpty(),
                 "no python3 with the icalendar module (Debian package python3-icalendar)");
        SD_CMDB_FIXTURE(f);
        auto scenario = Test::ExportScenario::make(f);
        SD_VERIFY_OK(scenario);
        auto report = ChangeReportRepository(f.db()).load(Test::ExportScenario::march());
        SD_VERIFY_OK(report);

        // When the schedule is exported twice, a minute apart
        const QDateTime firstStamp(QDate(2026, 2, 20), QTime(8, 0, 5), Qt::UTC);
        const QDateTime secondStamp = firstStamp.addSecs(60);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<QJsonObject> parsed;
        for (const QDateTime &stamp : {firstStamp, secondStamp}) {
            const QString path = dir.filePath(u"export-%1.ics"_s.arg(parsed.size()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(scheduleICalendar(*report, stamp));
            file.close();
            // and read back by the icalendar package
            QProcess checker;
            checker.start(python, {QStringLiteral(SERVICEDECK_CHECK_ICS), path});
            QVERIFY(checker.waitForFinished(60000));
            QVERIFY2(checker.exitStatus() == QProcess::NormalExit && checker.exitCode() == 0,
                     checker.readAllStandardError().constData());
            QJsonParseError error;
            const QJsonDocument json =
                QJsonDocument::fromJson(checker.readAllStandardOutput(), &error);
            QVERIFY2(json.isObject(), qPrintable(error.errorString()));
            parsed << json.object();
        }
        const QJsonObject &calendar = parsed.at(0);

        // Then the file is well-formed: CRLF only, folded to 75 octets
        QCOMPARE(calendar[u"ends_with_crlf"_s].toBool(), true);
        QCOMPARE(calendar[u"bare_line_feeds"_s].toInt(), 0);
        QVERIFY(calendar[u"max_line_octets"_s].toInt() <= 75);
        QVERIFY(calendar[u"folded_lines"_s].toInt() > 0);
        QCOMPARE(calendar[u"version"_s].toString(), u"2.0"_s);
        QCOMPARE(calendar[u"prodid"_s].toString(), u"-//ServiceDeck//Change schedule//EN"_s);
        QCOMPARE(calendar[u"method"_s].toString(), u"PUBLISH"_s);

        // and has one event per change of the report and one for the freeze, with UIDs that
        // the second export repeats and only DTSTAMP telling them apart
        const QJsonArray events = calendar[u"events"_s].toArray();
        const QJsonArray again = parsed.at(1)[u"events"_s].toArray();
        QCOMPARE(events.size(), 5);
        QCOMPARE(again.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            QJsonObject first = events.at(i).toObject();
            QJsonObject second = again.at(i).toObject();
            QCOMPARE(first[u"dtstamp"_s].toObject(),
                     instant(u"20260220T080005Z"_s, u"2026-02-20T08:00:05+00:00"_s));
            QCOMPARE(second[u"dtstamp"_s].toObject(),
                     instant(u"20260220T080105Z"_s, u"2026-02-20T08:01:05+00:00"_s));
            first.remove(u"dtstamp"_s);
            second.remove(u"dtstamp"_s);
            QCOMPARE(second, first);
        }

        const QString admin = adminName(f.db());
        const QString modified = u"20260215T103000Z"_s;
        const QJsonObject patch = eventWithUid(events, changeEventUid(scenario->patch));
        QCOMPARE(patch[u"uid"_s].toString(),
                 u"change-"_s + scenario->patch.toString(QUuid::WithoutBraces)
                     + u"@servicedeck"_s);
        QCOMPARE(patch[u"dtstart"_s].toObject(),
                 instant(u"20260302T200000Z"_s, u"2026-03-02T20:00:00+00:00"_s));
        QCOMPARE(patch[u"dtend"_s].toObject(),
                 instant(u"20260302T220000Z"_s, u"2026-03-02T22:00:00+00:00"_s));
        QCOMPARE(patch[u"summary"_s].toString(), u"CHG0000101: Patch app"_s);
        QCOMPARE(patch[u"description"_s].toString(),
                 description({u"Type: Normal"_s, u"Risk: High"_s, u"State: Scheduled"_s,
                              u"CIs: app, srv1"_s, u"Service: shop"_s,
                              u"Implementer: "_s + admin,
                              u"Approval: Approved (Every requested approver approved.)"_s},
                             *report, scenario->patch));
        QVERIFY(patch[u"description"_s].toString().contains(u"Collision: "_s));
        QCOMPARE(patch[u"status"_s].toString(), u"CONFIRMED"_s);
        QCOMPARE(patch[u"categories"_s].toArray(), (QJsonArray{u"Change"_s, u"Normal"_s}));
        QCOMPARE(patch[u"last_modified"_s].toObject()[u"raw"_s].toString(), modified);

        // The awkward title comes back exactly: commas, semicolons, the line break, the
        // backslashes and the non-ASCII text, across the folds
        const QJsonObject migrate = eventWithUid(events, changeEventUid(scenario->migrate));
        QVERIFY(Test::ExportScenario::awkwardTitle().toUtf8().size() > 75);
        QCOMPARE(migrate[u"summary"_s].toString(),
                 u"CHG0000102: "_s + Test::ExportScenario::awkwardTitle());
        QCOMPARE(migrate[u"description"_s].toString(),
                 description({u"Type: Normal"_s, u"Risk: Medium"_s,
                              u"State: Awaiting approval"_s, u"CIs: app"_s,
                              u"Approval: Pending (1 of 2 approvals given. "
                              "Waiting for Dave Board.)"_s},
                             *report, scenario->migrate));
        QCOMPARE(migrate[u"status"_s].toString(), u"TENTATIVE"_s);
        QCOMPARE(migrate[u"dtstart"_s].toObject()[u"raw"_s].toString(), u"20260302T210000Z"_s);
        QCOMPARE(migrate[u"dtend"_s].toObject()[u"raw"_s].toString(), u"20260302T230000Z"_s);
        QCOMPARE(migrate[u"categories"_s].toArray(), (QJsonArray{u"Change"_s, u"Normal"_s}));

        // A cancelled change is in the feed as CANCELLED, so subscribers drop it
        const QJsonObject retire = eventWithUid(events, changeEventUid(scenario->retire));
        QCOMPARE(retire[u"summary"_s].toString(), u"CHG0000103: Retire srv1"_s);
        QCOMPARE(retire[u"status"_s].toString(), u"CANCELLED"_s);
        QCOMPARE(retire[u"description"_s].toString(),
                 u"Type: Emergency\nRisk: Low\nState: Cancelled\nCIs: srv1\n"
                 "Approval: Not requested (No approver has been asked yet.)"_s);
        QCOMPARE(retire[u"categories"_s].toArray(), (QJsonArray{u"Change"_s, u"Emergency"_s}));
        QCOMPARE(retire[u"dtstart"_s].toObject()[u"raw"_s].toString(), u"20260310T080000Z"_s);
        QCOMPARE(retire[u"dtend"_s].toObject()[u"raw"_s].toString(), u"20260310T090000Z"_s);

        const QJsonObject rotate = eventWithUid(events, changeEventUid(scenario->rotate));
        QCOMPARE(rotate[u"summary"_s].toString(), u"CHG0000104: Rotate certificates"_s);
        QCOMPARE(rotate[u"status"_s].toString(), u"CONFIRMED"_s);
        QCOMPARE(rotate[u"description"_s].toString(),
                 u"Type: Standard\nRisk: not assessed\nState: Approved\nCIs: none\n"
                 "Approval: Approved (A standard change is pre-approved; it needs no CAB "
                 "decision.)"_s);
        QCOMPARE(rotate[u"categories"_s].toArray(), (QJsonArray{u"Change"_s, u"Standard"_s}));
        QCOMPARE(rotate[u"dtstart"_s].toObject()[u"raw"_s].toString(), u"20260320T060000Z"_s);
        QCOMPARE(rotate[u"dtend"_s].toObject()[u"raw"_s].toString(), u"20260320T063000Z"_s);
        QCOMPARE(rotate[u"last_modified"_s].toObject()[u"raw"_s].toString(), modified);

        // and the freeze has its own event
        const QJsonObject freeze = eventWithUid(events, blackoutEventUid(scenario->freeze));
        QCOMPARE(freeze[u"uid"_s].toString(),
                 u"blackout-"_s + scenario->freeze.toString(QUuid::WithoutBraces)
                     + u"@servicedeck"_s);
        QCOMPARE(freeze[u"summary"_s].toString(), u"Change freeze: Quarter close"_s);
        QCOMPARE(freeze[u"description"_s].toString(),
                 u"Finance closes the books; no changes, please\nScope: shop"_s);
        QCOMPARE(freeze[u"status"_s].toString(), u"CONFIRMED"_s);
        QCOMPARE(freeze[u"categories"_s].toArray(), QJsonArray{u"Change freeze"_s});
        QCOMPARE(freeze[u"dtstart"_s].toObject(),
                 instant(u"20260302T000000Z"_s, u"2026-03-02T00:00:00+00:00"_s));
        QCOMPARE(freeze[u"dtend"_s].toObject(),
                 instant(u"20260303T000000Z"_s, u"2026-03-03T00:00:00+00:00"_s));
        QVERIFY(freeze[u"last_modified"_s].isNull());
    }
};

QTEST_GUILESS_MAIN(tst_ChangeReport)
#include "tst_changereport.moc"
