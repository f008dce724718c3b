// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/error.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace ServiceDeck::Cli {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Cli)
};

enum class OutputFormat { Text, Json };

// What every command gets: the global options, the streams, and the database once opened.
class CliContext
{
public:
    CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    QString databaseUrl; // empty: the per-user default
    QString actorLogin;  // empty: admin
    OutputFormat format = OutputFormat::Text;
    QStringList arguments; // the command's own arguments, command name first

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    Result<Storage::Database *> openDatabase(Storage::Database::OpenMode mode,
                                             Storage::Database::SchemaPolicy policy);
    // The acting user: --as, else admin. InvalidData when there is no such user.
    Result<User> actor();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Storage::Database> m_db;
};

// A command's outcome as an exit code: 0 ok, 1 usage, 2 invalid data, 3 conflict, 4 connection.
int exitCodeFor(const Error &error);
// Prints the one clear line on stderr and returns the exit code.
int fail(CliContext &context, const Error &error);

} // namespace ServiceDeck::Cli
