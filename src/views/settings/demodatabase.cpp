// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodatabase.h"

#include "storage/database.h"
#include "storage/directoryrepository.h"
#include "storage/seed/seeder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

#include <algorithm>

namespace ServiceDeck::Views::DemoDatabase {

namespace {

struct DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Views::DemoDatabase)
};

// What the seeder reports, for people.
QString phaseLabel(const QString &phase)
{
    if (phase.contains(QLatin1String("ticket")))
        return DemoTr::tr("Creating demo tickets…");
    if (phase.contains(QLatin1String("change")))
        return DemoTr::tr("Planning demo changes…");
    if (phase.contains(QLatin1String("ci")) || phase.contains(QLatin1String("relation")))
        return DemoTr::tr("Building the demo CMDB…");
    return DemoTr::tr("Creating demo data…");
}

void removeDatabaseFiles(const QString &path)
{
    // The seed writes through a rollback journal (Seeder), the database afterwards through
    // its write-ahead log: a journal left beside a new file of the same name would be rolled
    // back into it.
    for (const QString &suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

QString newPath()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QString path = dir.filePath(QStringLiteral("demo.db"));
    for (int n = 2; QFile::exists(path); ++n)
        path = dir.filePath(QStringLiteral("demo-%1.db").arg(n));
    return path;
}

Result<bool> create(const QString &path, QWidget *parent)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorKind::Connection,
                     DemoTr::tr("Cannot create the folder %1")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
    Storage::DatabaseUrl url;
    url.path = path;

    QProgressDialog progress(DemoTr::tr("Creating the demo database…"), DemoTr::tr("Cancel"), 0,
                             0, parent);
    progress.setWindowTitle(DemoTr::tr("Demo data"));
    progress.setObjectName(QStringLiteral("demoProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);

    bool cancelled = false;
    Result<Storage::SeedReport> report = Error{};
    {
        auto db = Storage::Database::open(url, Storage::Database::OpenMode::CreateIfMissing,
                                          Storage::Database::SchemaPolicy::Migrate);
        if (!db)
            return db.error();
        if (auto admin = Storage::DirectoryRepository(**db).ensureAdmin(); !admin)
            return admin.error();
        Storage::SeedOptions options; // a service desk small enough to make in seconds
        options.tickets = 2000;
        options.cis = 300;
        options.changes = 80;
        report = Storage::Seeder(**db).run(
            options, [&](const QString &phase, qint64 done, qint64 total) {
                progress.setLabelText(phaseLabel(phase));
                progress.setMaximum(int(std::min<qint64>(total, 1 << 30)));
                progress.setValue(int(std::min<qint64>(done, total)));
                QCoreApplication::processEvents();
                cancelled = progress.wasCanceled();
                return !cancelled;
            });
    }
    progress.close();
    if (cancelled || !report) {
        removeDatabaseFiles(path);
        if (cancelled)
            return false;
        return report.error();
    }
    return true;
}

} // namespace ServiceDeck::Views::DemoDatabase
