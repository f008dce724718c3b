// SPDX-License-Identifier: GPL-3.0-or-later
#include "querycommand.h"

#include "clicontext.h"
#include "ticketformat.h"

#include "core/fields.h"
#include "core/query/queueparser.h"
#include "core/query/sortspec.h"
#include "storage/query/queuecompiler.h"
#include "storage/query/queuesort.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace ServiceDeck::Cli {

namespace {

enum class QueryFormat { Table, Json, Csv };

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

// Every canonical field a list of tickets can carry (cis only comes with `ticket show`).
QStringList listedFields()
{
    QStringList names = {QStringLiteral("number"), QStringLiteral("kind")};
    for (const FieldDef &def : ticketFields()) {
        if (def.type != FieldType::CiList)
            names << def.name;
    }
    return names;
}

QString fieldOf(const Ticket &ticket, const QString &name)
{
    if (name == u"number")
        return ticket.number;
    if (name == u"kind")
        return kindName(ticket.kind);
    return ticket.fields.value(name);
}

void printTable(QTextStream &out, const QList<Ticket> &tickets)
{
    for (const Ticket &ticket : tickets) {
        const QStringList cells = {
            ticket.number.leftJustified(10), kindName(ticket.kind).leftJustified(8),
            QStringLiteral("P") + ticket.fields.value(QStringLiteral("priority")),
            ticket.fields.value(QStringLiteral("state")).leftJustified(17),
            ticket.fields.value(QStringLiteral("assignee")).leftJustified(20),
            ticket.fields.value(QStringLiteral("title"))};
        out << cells.join(QLatin1Char(' ')) << Qt::endl;
    }
}

} // namespace

int runQuery(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        Tr::tr("Sort by fields, '-' for descending: "
                                               "priority,-updated."),
                                        Tr::tr("fields"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Tr::tr("At most this many tickets."), Tr::tr("n"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("table, json or csv."), Tr::tr("format"));
    parser.addOptions({sortOption, limitOption, formatOption});
    // parse() takes the first element ("query") as the program name.
    if (!parser.parse(context.arguments))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (parser.positionalArguments().size() > 1)
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("query takes one expression; quote it as a whole")});

    QueryFormat format = context.format == OutputFormat::Json ? QueryFormat::Json
                                                              : QueryFormat::Table;
    if (parser.isSet(formatOption)) {
        const QString name = parser.value(formatOption);
        if (name == u"json")
            format = QueryFormat::Json;
        else if (name == u"csv")
            format = QueryFormat::Csv;
        else if (name == u"table" || name == u"text")
            format = QueryFormat::Table;
        else
            return fail(context, Error{ErrorKind::Usage,
                                       Tr::tr("Option --format: \"%1\" is not table, json or csv")
                                           .arg(name)});
    }
    qint64 limit = -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toLongLong(&ok);
        if (!ok || limit < 0)
            return fail(context, Error{ErrorKind::Usage,
                                       Tr::tr("Option --limit: \"%1\" is not a count")
                                           .arg(parser.value(limitOption))});
    }
    const QString expression = parser.positionalArguments().value(0);
    const Query::ParseResult parsed = Query::parseQueueQuery(expression);
    if (!parsed.ok())
        return fail(context, invalidData(parsed.error.message));
    auto sort = Query::parseSortSpec(parser.value(sortOption));
    if (!sort)
        return fail(context, Error{ErrorKind::Usage, sort.error().message});

    auto db = context.openDatabase(Storage::Database::OpenMode::MustExist,
                                   Storage::Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    auto compiled = Storage::compileQueueQuery(
        *parsed.query, (*db)->dialect(),
        Storage::QueueSqlContext{actor->id, QDateTime::currentDateTimeUtc()});
    if (!compiled)
        return fail(context, compiled.error());
    auto orderBy = Storage::compileQueueSort(*sort, (*db)->dialect());
    if (!orderBy)
        return fail(context, orderBy.error());
    auto tickets = Storage::TicketRepository(**db).find(compiled->where, compiled->binds, *orderBy,
                                                        limit);
    if (!tickets)
        return fail(context, tickets.error());

    QTextStream &out = context.out();
    switch (format) {
    case QueryFormat::Json: {
        QJsonArray array;
        for (const Ticket &ticket : *tickets)
            array.append(ticketToJson(ticket));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        break;
    }
    case QueryFormat::Csv: {
        const QStringList names = listedFields();
        out << names.join(QLatin1Char(',')) << QStringLiteral("\r\n");
        for (const Ticket &ticket : *tickets) {
            QStringList row;
            for (const QString &name : names)
                row << csvField(fieldOf(ticket, name));
            out << row.join(QLatin1Char(',')) << QStringLiteral("\r\n");
        }
        break;
    }
    case QueryFormat::Table:
        printTable(out, *tickets);
        break;
    }
    out.flush();
    return 0;
}

} // namespace ServiceDeck::Cli
