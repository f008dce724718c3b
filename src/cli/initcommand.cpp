// SPDX-License-Identifier: GPL-3.0-or-later
#include "initcommand.h"

#include "clicontext.h"

#include "storage/directoryrepository.h"
#include "storage/migrations.h"

namespace ServiceDeck::Cli {

int runInit(CliContext &context)
{
    if (context.arguments.size() > 1)
        return fail(context, Error{ErrorKind::Usage, Tr::tr("init takes no arguments")});
    auto db = context.openDatabase(Storage::Database::OpenMode::CreateIfMissing,
                                   Storage::Database::SchemaPolicy::Migrate);
    if (!db)
        return fail(context, db.error());
    auto admin = Storage::DirectoryRepository(**db).ensureAdmin();
    if (!admin)
        return fail(context, admin.error());
    if (context.format == OutputFormat::Json) {
        context.out() << QStringLiteral("{\"database\": \"%1\", \"schema_version\": %2}")
                             .arg((*db)->url().displayName())
                             .arg(Storage::latestSchemaVersion())
                      << Qt::endl;
    } else {
        context.out() << Tr::tr("Database %1 is ready (schema version %2).")
                             .arg((*db)->url().displayName())
                             .arg(Storage::latestSchemaVersion())
                      << Qt::endl;
    }
    return 0;
}

} // namespace ServiceDeck::Cli
