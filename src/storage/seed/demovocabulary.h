// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ServiceDeck::Storage::Internal {

// Demo data is English sample data, not user interface text: it is not translated.

// The support groups in the order they are created: a small organisation gets the first eight.
enum GroupIndex {
    ServiceDesk,
    NetworkOps,
    WindowsServer,
    LinuxServer,
    DatabaseAdmins,
    AppSupport,
    EndUserComputing,
    ChangeBoard,
    IdentityAccess,
    SecurityOps,
    StorageBackup,
    CloudPlatform,
    GroupCount
};

struct GroupSpec
{
    QString name;
    QString description;
    QString email;
    GroupIndex fallback; // who takes this group's work when the organisation lacks it
};
const QList<GroupSpec> &groupSpecs();

const QStringList &firstNames();
const QStringList &lastNames();

struct Place
{
    QString name; // "Frankfurt DC1", "Berlin"
    QString code; // "fra1", "ber"
};
const QList<Place> &dataCenters();
const QList<Place> &offices();
const QStringList &floors(); // "floor 3", …

struct ServiceName
{
    QString name; // "Payroll"
    QString code; // "payroll": the stem of its applications' and databases' host names
};
const QList<ServiceName> &serviceNames();
const QList<Place> &regions(); // suffixes that keep service names unique beyond the list

const QStringList &applicationRoles(); // "web", "api", …
struct DatabaseEngine
{
    QString code; // "pg"
    QString name; // "PostgreSQL"
    QStringList versions;
};
const QList<DatabaseEngine> &databaseEngines();
struct OperatingSystem
{
    QString name;
    bool windows;
};
const QList<OperatingSystem> &operatingSystems();
const QStringList &serverVendors();
const QStringList &networkVendors();
const QStringList &storageVendors();

} // namespace ServiceDeck::Storage::Internal
