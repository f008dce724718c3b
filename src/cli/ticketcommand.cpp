// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcommand.h"

#include "clicontext.h"
#include "ticketformat.h"

#include "core/fields.h"
#include "storage/activityrepository.h"
#include "storage/slarepository.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace ServiceDeck::Cli {

namespace {

using Storage::Database;

Result<Storage::FieldAssignments> assignments(const QStringList &texts)
{
    Storage::FieldAssignments fields;
    for (const QString &text : texts) {
        auto pair = splitAssignment(text);
        if (!pair)
            return pair.error();
        fields << qMakePair(pair->first, pair->second);
    }
    return fields;
}

void print(CliContext &context, const Ticket &ticket, bool numberOnly)
{
    if (context.format == OutputFormat::Json)
        context.out() << QString::fromUtf8(QJsonDocument(ticketToJson(ticket)).toJson(
                             QJsonDocument::Indented));
    else if (numberOnly)
        context.out() << ticket.number << Qt::endl;
    else
        context.out() << ticketToText(ticket);
    context.out().flush();
}

int create(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        Tr::tr("incident, request, problem or change."),
                                        Tr::tr("kind"));
    const QCommandLineOption titleOption(QStringLiteral("title"), Tr::tr("The title."),
                                         Tr::tr("text"));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       Tr::tr("Set a field; may be repeated."),
                                       Tr::tr("field=value"));
    parser.addOptions({kindOption, titleOption, setOption});
    if (!parser.parse(context.arguments.mid(1)))
        return fail(context, Error{ErrorKind::Usage, parser.errorText()});
    if (!parser.positionalArguments().isEmpty())
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Unexpected argument \"%1\"; fields go in --set F=V")
                                       .arg(parser.positionalArguments().constFirst())});
    if (!parser.isSet(kindOption))
        return fail(context, Error{ErrorKind::Usage, Tr::tr("ticket create needs --kind")});
    const auto kind = kindFromName(parser.value(kindOption));
    if (!kind)
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Option --kind: \"%1\" is not incident, request, "
                                          "problem or change")
                                       .arg(parser.value(kindOption))});
    if (!parser.isSet(titleOption))
        return fail(context, Error{ErrorKind::Usage, Tr::tr("ticket create needs --title")});
    auto fields = assignments(parser.values(setOption));
    if (!fields)
        return fail(context, fields.error());
    fields->prepend(qMakePair(QStringLiteral("title"), parser.value(titleOption)));

    auto db = context.openDatabase(Database::OpenMode::MustExist,
                                   Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    auto ticket = Storage::TicketRepository(**db).create(*kind, *fields, actor->id);
    if (!ticket)
        return fail(context, ticket.error());
    print(context, *ticket, true);
    return 0;
}

int show(CliContext &context)
{
    if (context.arguments.size() != 3)
        return fail(context, Error{ErrorKind::Usage, Tr::tr("usage: ticket show NUMBER")});
    auto db = context.openDatabase(Database::OpenMode::MustExist,
                                   Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto ticket = Storage::TicketRepository(**db).findByNumber(context.arguments.at(2));
    if (!ticket)
        return fail(context, ticket.error());
    auto sla = Storage::SlaRepository(**db).status(ticket->id, QDateTime::currentDateTimeUtc());
    if (!sla)
        return fail(context, sla.error());
    auto activity = Storage::ActivityRepository(**db).list(ticket->id);
    if (!activity)
        return fail(context, activity.error());
    if (context.format == OutputFormat::Json) {
        QJsonObject record = ticketToJson(*ticket);
        record.insert(QStringLiteral("sla"), slaToJson(*sla));
        record.insert(QStringLiteral("activity"), activityToJson(*activity));
        context.out() << QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Indented));
    } else {
        context.out() << ticketToText(*ticket) << slaToText(*sla) << activityToText(*activity);
    }
    context.out().flush();
    return 0;
}

int update(CliContext &context)
{
    if (context.arguments.size() < 4)
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("usage: ticket update NUMBER FIELD=VALUE …")});
    auto fields = assignments(context.arguments.mid(3));
    if (!fields)
        return fail(context, fields.error());
    auto db = context.openDatabase(Database::OpenMode::MustExist,
                                   Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    auto ticket = Storage::TicketRepository(**db).update(context.arguments.at(2), *fields,
                                                         actor->id);
    if (!ticket)
        return fail(context, ticket.error());
    print(context, *ticket, true);
    return 0;
}

int remove(CliContext &context)
{
    if (context.arguments.size() != 3)
        return fail(context, Error{ErrorKind::Usage, Tr::tr("usage: ticket delete NUMBER")});
    auto db = context.openDatabase(Database::OpenMode::MustExist,
                                   Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    if (auto removed = Storage::TicketRepository(**db).remove(context.arguments.at(2), actor->id);
        !removed)
        return fail(context, removed.error());
    if (context.format == OutputFormat::Text)
        context.out() << Tr::tr("Deleted %1").arg(context.arguments.at(2)) << Qt::endl;
    return 0;
}

// `ticket transition NUM STATE [--set F=V …]`: a lifecycle step with the fields it needs.
int transition(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       Tr::tr("Set a field with the step; may be repeated."),
                                       Tr::tr("field=value"));
    parser.addOption(setOption);
    if (!parser.parse(context.arguments.mid(1)) || parser.positionalArguments().size() != 2)
        return fail(context, Error{ErrorKind::Usage,
                                   parser.errorText().isEmpty()
                                       ? Tr::tr("usage: ticket transition NUMBER STATE "
                                                "[--set F=V …]")
                                       : parser.errorText()});
    auto fields = assignments(parser.values(setOption));
    if (!fields)
        return fail(context, fields.error());
    fields->prepend(qMakePair(QStringLiteral("state"), parser.positionalArguments().at(1)));
    context.arguments = QStringList{QStringLiteral("ticket"), QStringLiteral("update"),
                                    parser.positionalArguments().at(0)};
    for (const auto &[field, value] : *fields)
        context.arguments << field + QLatin1Char('=') + value;
    return update(context);
}

// `ticket comment NUM TEXT [--internal] [--minutes M]`: a comment, or a worklog entry with time.
int comment(CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption internalOption(QStringLiteral("internal"),
                                            Tr::tr("Only the service desk sees it."));
    const QCommandLineOption minutesOption(QStringLiteral("minutes"),
                                           Tr::tr("Time spent: makes it a worklog entry."),
                                           Tr::tr("minutes"));
    parser.addOptions({internalOption, minutesOption});
    if (!parser.parse(context.arguments.mid(1)) || parser.positionalArguments().size() != 2)
        return fail(context, Error{ErrorKind::Usage,
                                   parser.errorText().isEmpty()
                                       ? Tr::tr("usage: ticket comment NUMBER TEXT [--internal] "
                                                "[--minutes M]")
                                       : parser.errorText()});
    int minutes = 0;
    if (parser.isSet(minutesOption)) {
        bool ok = false;
        minutes = parser.value(minutesOption).toInt(&ok);
        if (!ok || minutes <= 0)
            return fail(context, invalidData(Tr::tr("Option --minutes: \"%1\" is not a "
                                                    "positive number of minutes")
                                                 .arg(parser.value(minutesOption))));
    }
    auto db = context.openDatabase(Database::OpenMode::MustExist,
                                   Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(context, db.error());
    auto actor = context.actor();
    if (!actor)
        return fail(context, actor.error());
    auto ticket = Storage::TicketRepository(**db).findByNumber(parser.positionalArguments().at(0));
    if (!ticket)
        return fail(context, ticket.error());
    auto added = Storage::ActivityRepository(**db).add(ticket->id, parser.positionalArguments().at(1),
                                                       parser.isSet(internalOption), minutes,
                                                       actor->id);
    if (!added)
        return fail(context, added.error());
    if (context.format == OutputFormat::Json)
        context.out() << QString::fromUtf8(
            QJsonDocument(activityToJson({*added}).first().toObject()).toJson());
    else
        context.out() << ticket->number << Qt::endl;
    return 0;
}

} // namespace

int runTicket(CliContext &context)
{
    const QString verb = context.arguments.value(1);
    if (verb == u"create")
        return create(context);
    if (verb == u"show")
        return show(context);
    if (verb == u"update")
        return update(context);
    if (verb == u"transition")
        return transition(context);
    if (verb == u"comment")
        return comment(context);
    if (verb == u"delete")
        return remove(context);
    return fail(context, Error{ErrorKind::Usage,
                               Tr::tr("ticket needs create, show, update, transition, comment or "
                                      "delete, not \"%1\"")
                                   .arg(verb)});
}

} // namespace ServiceDeck::Cli
