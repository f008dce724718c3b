// SPDX-License-Identifier: GPL-3.0-or-later
#include "cmdbfixture.h"

#include "storage/directoryrepository.h"

#include <QDir>
#include <QFile>

namespace ServiceDeck::Test {

QUuid prepareCmdbDatabase(Storage::Database &db)
{
    Storage::DirectoryRepository directory(db);
    auto admin = directory.ensureAdmin();
    if (!admin)
        return {};
    for (const char *name : {"Server Team", "Network Ops"}) {
        Group group;
        group.name = QString::fromUtf8(name);
        if (!directory.createGroup(group, admin->id))
            return {};
    }
    return admin->id;
}

bool copyGroups(Storage::Database &from, Storage::Database &to)
{
    auto groups = from.exec(QStringLiteral("SELECT name FROM support_groups ORDER BY name"));
    if (!groups)
        return false;
    Storage::DirectoryRepository directory(to);
    auto admin = directory.ensureAdmin();
    if (!admin)
        return false;
    while (groups->next()) {
        Group group;
        group.name = groups->value(0).toString();
        auto found = directory.findGroup(group.name);
        if (!found)
            return false;
        if (!found->has_value() && !directory.createGroup(group, admin->id))
            return false;
    }
    return true;
}

qint64 rowCount(Storage::Database &db, const QString &table)
{
    auto query = db.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QString cmdbCounts(Storage::Database &db)
{
    QStringList counts;
    for (const char *table : {"cis", "ci_attributes", "ci_relations", "journal"})
        counts << QString::fromUtf8(table) + u'=' +
                      QString::number(rowCount(db, QString::fromUtf8(table)));
    return counts.join(u' ');
}

QString fixturePath(const QString &name)
{
    return QDir(QStringLiteral(SERVICEDECK_CMDB_FIXTURES)).filePath(name);
}

QByteArray fixture(const QString &name)
{
    QFile file(fixturePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ServiceDeck::Test
