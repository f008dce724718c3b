// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsfixture.h"

#include "views/settings/firstrundialog.h"
#include "views/settings/profilestore.h"

#include "storage/database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ServiceDeck;
using namespace ServiceDeck::Views;
using Sync::ConnectionMode;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void start(FirstRunDialog &dialog)
{
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
}

qint64 ticketCount(const QString &url)
{
    auto parsed = Storage::DatabaseUrl::parse(url);
    if (!parsed)
        return -1;
    auto db = Storage::Database::open(*parsed, Storage::Database::OpenMode::MustExist,
                                      Storage::Database::SchemaPolicy::RequireSchema);
    if (!db)
        return -1;
    auto query = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class tst_FirstRunDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateSettings(QStringLiteral("tst_firstrundialog")); }
    void init() { QSettings().clear(); }

    void shouldCreateAStandaloneDemoDatabase()
    {
        // Given the first start
        ProfileStore store(std::make_shared<MemoryVault>());
        FirstRunDialog dialog(store);
        dialog.show();
        // When "with demo data" is chosen and started
        child<QRadioButton>(&dialog, "demoRadio")->click();
        start(dialog);
        // Then a demo database with tickets exists under the application's data folder
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Sync::ConnectionProfile profile = dialog.profile();
        QCOMPARE(profile.mode, ConnectionMode::Standalone);
        QVERIFY(profile.databaseUrl.startsWith(QLatin1String("sqlite:")));
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY2(profile.databaseUrl.contains(dataDir), qPrintable(profile.databaseUrl));
        QVERIFY(ticketCount(profile.databaseUrl) > 0);
        // and it is remembered as the default profile
        QCOMPARE(ProfileStore(std::make_shared<MemoryVault>()).defaultProfile()->name,
                 profile.name);
    }

    void shouldLeaveNothingBehindWhenDemoSeedingIsCancelled()
    {
        ProfileStore store(std::make_shared<MemoryVault>());
        FirstRunDialog dialog(store);
        dialog.show();
        child<QRadioButton>(&dialog, "demoRadio")->click();
        const QDir dataDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        const QStringList filesBefore = dataDir.entryList(QDir::Files);
        // When the progress dialog is cancelled while seeding
        bool cancelled = false;
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [&cancelled, poll] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *progress = qobject_cast<QProgressDialog *>(widget);
                    progress && progress->isVisible()) {
                    progress->cancel();
                    cancelled = true;
                    poll->stop();
                }
            }
        });
        poll->start(0);
        start(dialog);
        poll->deleteLater();
        // Then the dialog stays open, no profile is stored and no database file is left
        QVERIFY(cancelled);
        QVERIFY(dialog.isVisible());
        QVERIFY(store.isEmpty());
        QCOMPARE(dataDir.entryList(QDir::Files), filesBefore);
    }

    void shouldMakeADirectProfile()
    {
        ProfileStore store(std::make_shared<MemoryVault>());
        FirstRunDialog dialog(store);
        dialog.show();
        child<QRadioButton>(&dialog, "directRadio")->click();
        // When a PostgreSQL URL with its password is given
        child<QLineEdit>(&dialog, "directUrlEdit")
            ->setText(QStringLiteral("postgresql://desk@db.example.org:5433/servicedeck"));
        child<QLineEdit>(&dialog, "directPasswordEdit")->setText(QStringLiteral("typed-pw"));
        start(dialog);
        // Then the profile is direct, the URL carries no password and the store keeps it apart
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = store.defaultProfile();
        QVERIFY(stored);
        QCOMPARE(stored->mode, ConnectionMode::Direct);
        QCOMPARE(stored->databaseUrl,
                 QStringLiteral("postgresql://desk@db.example.org:5433/servicedeck"));
        QVERIFY(stored->hubUrl.isEmpty());
        QCOMPARE(store.password(stored->name, ProfileStore::Secret::Database),
                 std::optional<QString>(QStringLiteral("typed-pw")));
        QVERIFY(!Test::settingsFileContents().contains("typed-pw"));
        // and the window says that no keychain keeps the password here
        QVERIFY(child<QLabel>(&dialog, "keychainLabel")->text().contains(QLatin1String("memory")));
    }

    void shouldMakeACachedProfile()
    {
        QTemporaryDir dir;
        ProfileStore store(std::make_shared<MemoryVault>());
        FirstRunDialog dialog(store);
        dialog.show();
        child<QRadioButton>(&dialog, "cachedRadio")->click();
        const QString replica = dir.filePath(QStringLiteral("replica.db"));
        child<QLineEdit>(&dialog, "replicaEdit")->setText(replica);
        child<QLineEdit>(&dialog, "hubUrlEdit")
            ->setText(QStringLiteral("postgresql://desk:in-url@hub.example.org/servicedeck"));
        start(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = store.defaultProfile();
        QVERIFY(stored);
        QCOMPARE(stored->mode, ConnectionMode::Cached);
        QCOMPARE(stored->databaseUrl, QStringLiteral("sqlite:") + replica);
        QCOMPARE(stored->hubUrl,
                 QStringLiteral("postgresql://desk@hub.example.org:5432/servicedeck"));
        QCOMPARE(store.password(stored->name, ProfileStore::Secret::Hub),
                 std::optional<QString>(QStringLiteral("in-url")));
        QVERIFY(!Test::settingsFileContents().contains("in-url"));
    }

    void shouldRefuseADirectProfileWithoutPostgresUrl()
    {
        ProfileStore store(std::make_shared<MemoryVault>());
        FirstRunDialog dialog(store);
        dialog.show();
        child<QRadioButton>(&dialog, "directRadio")->click();
        child<QLineEdit>(&dialog, "directUrlEdit")->setText(QStringLiteral("sqlite:/tmp/x.db"));
        start(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(store.isEmpty());
        QVERIFY(!child<QLabel>(&dialog, "testResultLabel")->text().isEmpty());
    }
};

QTEST_MAIN(tst_FirstRunDialog)
#include "tst_firstrundialog.moc"
