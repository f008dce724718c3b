// SPDX-License-Identifier: GPL-3.0-or-later
#include "pragmascope.h"

#include "storage/database.h"

namespace ServiceDeck::Storage::Internal {

PragmaScope::~PragmaScope()
{
    for (auto it = m_restore.crbegin(); it != m_restore.crend(); ++it)
        m_db.exec(*it);
}

Result<QString> PragmaScope::get(const char *name)
{
    if (m_db.dialect() != Dialect::Sqlite)
        return QString();
    auto current = m_db.exec(QStringLiteral("PRAGMA ") + QString::fromLatin1(name));
    if (!current)
        return current.error();
    // A pragma that reports nothing (ignore_check_constraints when unset) is off.
    const QString value = current->next() ? current->value(0).toString() : QStringLiteral("0");
    current->finish();
    return value;
}

Result<void> PragmaScope::set(const char *name, const QString &value)
{
    if (m_db.dialect() != Dialect::Sqlite)
        return {};
    auto previous = get(name);
    if (!previous)
        return previous.error();
    const QString pragma = QStringLiteral("PRAGMA ") + QString::fromLatin1(name);
    if (auto done = m_db.exec(pragma + QStringLiteral(" = ") + value); !done)
        return done.error();
    m_restore << pragma + QStringLiteral(" = ") + *previous;
    return {};
}

} // namespace ServiceDeck::Storage::Internal
