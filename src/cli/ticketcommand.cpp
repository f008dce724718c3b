// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketcommand.h"

#include "clicontext.h"
#include "ticketformat.h"

#include "core/fields.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
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
    if (parser.positionalArguments().size() > 1)
        return fail(context, Error{ErrorKind::Usage,
                                   Tr::tr("Unexpected argument \"%1\"; fields go in --set F=V")
                                       .arg(parser.positionalArguments().at(1))});
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
    print(context, *ticket, false);
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
    return fail(context, Error{ErrorKind::Usage,
                               Tr::tr("ticket needs create, show or update, not \"%1\"")
                                   .arg(verb)});
}

} // namespace ServiceDeck::Cli
