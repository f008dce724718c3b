// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleresources.h"

#include "core/change/icalendar.h"
#include "storage/changereport/changereport.h"
#include "storage/changereport/schedulecalendar.h"

#include <QCryptographicHash>
#include <QHash>

#include <utility>

namespace ServiceDeck::Connectors::CalDav {

namespace {

namespace ICalendar = Change::ICalendar;

struct Record
{
    QString entity;
    QUuid id;
};

QByteArray withoutLines(const QByteArray &calendar, const QByteArray &prefix)
{
    QByteArray out;
    out.reserve(calendar.size());
    for (qsizetype from = 0; from < calendar.size();) {
        qsizetype end = calendar.indexOf("\r\n", from);
        end = end < 0 ? calendar.size() : end + 2;
        const QByteArrayView line(calendar.constData() + from, end - from);
        if (!line.startsWith(prefix))
            out.append(line);
        from = end;
    }
    return out;
}

QString fileNameOf(const QString &uid)
{
    const qsizetype at = uid.indexOf(QLatin1Char('@'));
    return (at < 0 ? uid : uid.left(at)) + QStringLiteral(".ics");
}

} // namespace

QByteArray resourceBody(const QByteArray &exportedCalendar)
{
    // The writer emits METHOD as a short unfolded line of its own.
    return withoutLines(exportedCalendar, QByteArrayLiteral("METHOD:"));
}

Result<QList<ScheduleResource>>
scheduleResources(Storage::Database &db, const Change::TimeSpan &range, const QDateTime &stamp)
{
    auto report = Storage::ChangeReportRepository(db).load(range);
    if (!report)
        return report.error();
    QHash<QString, Record> records;
    for (const Storage::ReportedChange &change : std::as_const(report->changes))
        records.insert(Storage::changeEventUid(change.id),
                       Record{QStringLiteral("tickets"), change.id});
    for (const Storage::ReportedBlackout &blackout : std::as_const(report->blackouts))
        records.insert(Storage::blackoutEventUid(blackout.id),
                       Record{QStringLiteral("blackout_windows"), blackout.id});

    const ICalendar::Calendar schedule = Storage::scheduleCalendar(*report, stamp);
    QList<ScheduleResource> resources;
    for (const ICalendar::Event &event : schedule.events) {
        if (event.status == ICalendar::EventStatus::Cancelled)
            continue;
        const auto record = records.constFind(event.uid);
        if (record == records.constEnd())
            continue; // not one of the report's records: nothing to link it to
        ICalendar::Calendar single;
        single.productId = schedule.productId;
        single.stamp = stamp;
        single.events = {event};
        ScheduleResource resource;
        resource.entity = record->entity;
        resource.localId = record->id;
        resource.uid = event.uid;
        resource.fileName = fileNameOf(event.uid);
        resource.body = resourceBody(ICalendar::write(single));
        resource.contentHash =
            QCryptographicHash::hash(withoutLines(resource.body, QByteArrayLiteral("DTSTAMP:")),
                                     QCryptographicHash::Sha256)
                .toHex();
        resources << resource;
    }
    return resources;
}

} // namespace ServiceDeck::Connectors::CalDav
