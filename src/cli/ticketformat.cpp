// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketformat.h"

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

} // namespace ServiceDeck::Cli
