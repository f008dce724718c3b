// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketformat.h"

#include "clicontext.h"

#include "core/fields.h"

namespace ServiceDeck::Cli {

QJsonObject ticketToJson(const Ticket &ticket)
{
    QJsonObject object;
    object.insert(QStringLiteral("number"), ticket.number);
    object.insert(QStringLiteral("kind"), kindName(ticket.kind));
    for (const FieldDef &def : ticketFields()) {
        const auto it = ticket.fields.constFind(def.name);
        if (it == ticket.fields.cend())
            continue;
        switch (def.type) {
        case FieldType::Level:
        case FieldType::Priority: object.insert(def.name, it->toInt()); break;
        case FieldType::Bool: object.insert(def.name, *it == u"true"); break;
        default: object.insert(def.name, *it); break;
        }
    }
    return object;
}

QString ticketToText(const Ticket &ticket)
{
    qsizetype width = 0;
    for (const FieldDef &def : ticketFields())
        width = std::max(width, def.name.size());
    QString text = ticket.number + QStringLiteral("  ") + kindName(ticket.kind) + QLatin1Char('\n');
    for (const FieldDef &def : ticketFields()) {
        const auto it = ticket.fields.constFind(def.name);
        if (it == ticket.fields.cend())
            continue;
        QString value = *it;
        value.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 4, QLatin1Char(' ')));
        text += QStringLiteral("  ") + def.name.leftJustified(width) + QStringLiteral("  ") + value
                + QLatin1Char('\n');
    }
    return text;
}

QJsonObject slaToJson(const SlaStatus &status)
{
    QJsonObject object;
    if (status.state == SlaState::None)
        return object;
    object.insert(QStringLiteral("state"), slaStateName(status.state));
    object.insert(QStringLiteral("left_seconds"), status.leftSeconds);
    object.insert(QStringLiteral("used_percent"), qRound(status.usedShare * 100));
    return object;
}

QString slaToText(const SlaStatus &status)
{
    if (status.state == SlaState::None)
        return {};
    return Tr::tr("  SLA: %1, %2 left (%3 % used)\n")
        .arg(slaStateLabel(status.state), formatDuration(status.leftSeconds))
        .arg(qRound(status.usedShare * 100));
}

QJsonArray activityToJson(const QList<Storage::ActivityEntry> &entries)
{
    QJsonArray array;
    for (const Storage::ActivityEntry &entry : entries) {
        QJsonObject object{{QStringLiteral("type"), entry.kind},
                           {QStringLiteral("author"), entry.author},
                           {QStringLiteral("text"), entry.text},
                           {QStringLiteral("visibility"), entry.internal ? QStringLiteral("internal")
                                                                         : QStringLiteral("public")},
                           {QStringLiteral("at"), entry.at}};
        if (entry.minutes > 0)
            object.insert(QStringLiteral("minutes"), entry.minutes);
        array.append(object);
    }
    return array;
}

QString activityToText(const QList<Storage::ActivityEntry> &entries)
{
    QString text;
    for (const Storage::ActivityEntry &entry : entries) {
        const QString visibility = entry.internal ? Tr::tr("internal") : Tr::tr("public");
        const QString header = entry.minutes > 0
                                   ? Tr::tr("%1 %2 worked %3 min (%4)")
                                         .arg(entry.at, entry.author)
                                         .arg(entry.minutes)
                                         .arg(visibility)
                                   : Tr::tr("%1 %2 commented (%3)").arg(entry.at, entry.author,
                                                                        visibility);
        text += QStringLiteral("  ") + header + QStringLiteral("\n    ")
                + QString(entry.text).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
                + QLatin1Char('\n');
    }
    return text;
}

} // namespace ServiceDeck::Cli
