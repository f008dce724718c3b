// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/error.h"

#include <QHash>
#include <QString>
#include <QUuid>



namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Test {

// A small CMDB made through the repositories:
//   Payroll -depends_on-> payroll-app -runs_on-> srv-01 -connects_to-> sw-01
//                         payroll-app -depends_on-> db-payroll -runs_on-> srv-02 -connects_to-> sw-01
//   Webshop -depends_on-> shop-app -runs_on-> srv-02
//   srv-02 -part_of-> srv-03; servers srv-01 … srv-05
// with an open incident on srv-02 and a change that lists srv-01.
struct SmallCmdb
{
    User admin;
    QHash<QString, QUuid> ids; // by CI name
    QString incidentNumber;
    QString changeNumber;

    QUuid id(const char *name) const { return ids.value(QString::fromLatin1(name)); }
};

Result<SmallCmdb> seedSmallCmdb(Storage::Database &db);


} // namespace ServiceDeck::Test
