// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsfixture.h"

#include "views/settings/connectionurls.h"
#include "views/settings/profilestore.h"

#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Views;
using Sync::ConnectionMode;
using Sync::ConnectionProfile;

namespace {

// A keychain that answers, kept in the test: what a desktop with a Secret Service does.
class FakeKeychain : public PasswordVault
{
public:
    bool isPersistent() override { return true; }
    bool write(const QString &key, const QString &password) override
    {
        entries.insert(key, password);
        return true;
    }
    std::optional<QString> read(const QString &key) override
    {
        if (!entries.contains(key))
            return std::nullopt;
        return entries.value(key);
    }
    void remove(const QString &key) override { entries.remove(key); }

    QHash<QString, QString> entries;
};

ConnectionProfile directProfile(const QString &name, const QString &url)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.mode = ConnectionMode::Direct;
    profile.databaseUrl = url;
    return profile;
}

} // namespace

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::isolateSettings(QStringLiteral("tst_profilestore")); }
    void init() { QSettings().clear(); }

    void shouldRoundTripProfilesWithoutPasswordsInTheSettings()
    {
        // Given a store on a keychain
        auto keychain = std::make_shared<FakeKeychain>();
        ProfileStore store(keychain);
        // When a direct profile with a password in its URL and a cached one are saved
        auto direct = store.save(directProfile(
            QStringLiteral("Team"),
            QStringLiteral("postgresql://desk:s3cr3t-db@db.example.org:5433/sd?sslmode=require")));
        QVERIFY(direct.ok());
        ConnectionProfile cached;
        cached.name = QStringLiteral("Laptop");
        cached.mode = ConnectionMode::Cached;
        cached.databaseUrl = QStringLiteral("sqlite:/tmp/replica.db");
        cached.hubUrl = QStringLiteral("postgresql://desk@hub.example.org/sd");
        cached.login = QStringLiteral("mia");
        QVERIFY(store.save(cached, {}, QStringLiteral("hub-pa55")).ok());
        store.setDefaultProfile(QStringLiteral("Laptop"));

        // Then a new store reads them back as they were, the URLs without passwords
        ProfileStore again(keychain);
        const QList<ConnectionProfile> all = again.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("Team"));
        QCOMPARE(all.at(0).mode, ConnectionMode::Direct);
        QCOMPARE(all.at(0).databaseUrl,
                 QStringLiteral("postgresql://desk@db.example.org:5433/sd?sslmode=require"));
        QCOMPARE(all.at(1).mode, ConnectionMode::Cached);
        QCOMPARE(all.at(1).hubUrl, QStringLiteral("postgresql://desk@hub.example.org:5432/sd"));
        QCOMPARE(all.at(1).login, QStringLiteral("mia"));
        QCOMPARE(again.defaultProfile()->name, QStringLiteral("Laptop"));
        // and the passwords come from the keychain, never from the settings file
        QCOMPARE(again.password(QStringLiteral("Team"), ProfileStore::Secret::Database),
                 std::optional<QString>(QStringLiteral("s3cr3t-db")));
        QCOMPARE(again.password(QStringLiteral("Laptop"), ProfileStore::Secret::Hub),
                 std::optional<QString>(QStringLiteral("hub-pa55")));
        QVERIFY(again.hasPassword(QStringLiteral("Team"), ProfileStore::Secret::Database));
        const QByteArray file = Test::settingsFileContents();
        QVERIFY(file.contains("db.example.org"));
        QVERIFY(!file.contains("s3cr3t-db"));
        QVERIFY(!file.contains("hub-pa55"));
    }

    void shouldKeepPasswordsInMemoryOnlyWithoutAKeychain()
    {
        // Given a store where no keychain runs
        ProfileStore store(std::make_shared<MemoryVault>());
        QVERIFY(!store.keepsPasswords());
        // When a profile with a password is saved
        QVERIFY(store.save(directProfile(QStringLiteral("Team"),
                                         QStringLiteral("postgresql://desk@db/sd")),
                           QStringLiteral("only-in-memory"))
                    .ok());
        // Then this run still knows it, the settings file does not, and the profile says a
        // password belongs to it (so the next start asks)
        QCOMPARE(store.password(QStringLiteral("Team"), ProfileStore::Secret::Database),
                 std::optional<QString>(QStringLiteral("only-in-memory")));
        QVERIFY(store.hasPassword(QStringLiteral("Team"), ProfileStore::Secret::Database));
        QVERIFY(!Test::settingsFileContents().contains("only-in-memory"));
    }

    void shouldFallBackToMemoryWhereTheKeychainDoesNotAnswer()
    {
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a D-Bus session runs here: the real keychain is not touched by tests");
        KeychainVault vault(QStringLiteral("ServiceDeckTests"));
        QVERIFY(!vault.isPersistent());
        QVERIFY(!vault.write(QStringLiteral("probe-key"), QStringLiteral("pw")));
        QCOMPARE(vault.read(QStringLiteral("probe-key")),
                 std::optional<QString>(QStringLiteral("pw")));
        vault.remove(QStringLiteral("probe-key"));
        QCOMPARE(vault.read(QStringLiteral("probe-key")), std::nullopt);
    }

    void shouldRenameRemoveAndMakeDefault()
    {
        auto keychain = std::make_shared<FakeKeychain>();
        ProfileStore store(keychain);
        QVERIFY(store.save(directProfile(QStringLiteral("Old"),
                                         QStringLiteral("postgresql://u:pw@h/d")))
                    .ok());
        store.setDefaultProfile(QStringLiteral("Old"));
        // When it is renamed, the password and the default go along
        auto renamed = store.save(directProfile(QStringLiteral("New"),
                                                QStringLiteral("postgresql://u@h/d")),
                                  {}, {}, QStringLiteral("Old"));
        QVERIFY(renamed.ok());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.defaultProfileName(), QStringLiteral("New"));
        QCOMPARE(store.password(QStringLiteral("New"), ProfileStore::Secret::Database),
                 std::optional<QString>(QStringLiteral("pw")));
        QVERIFY(!keychain->entries.contains(QStringLiteral("database:Old")));
        // Renaming another profile to a taken name is refused
        QVERIFY(store.save(directProfile(QStringLiteral("Second"), QStringLiteral("sqlite:x.db")))
                    .ok());
        QVERIFY(!store.save(directProfile(QStringLiteral("New"), QStringLiteral("sqlite:x.db")),
                            {}, {}, QStringLiteral("Second"))
                     .ok());
        store.remove(QStringLiteral("Second"));
        QCOMPARE(store.uniqueName(QStringLiteral("New")), QStringLiteral("New (2)"));
        // When removed, its password goes too
        store.remove(QStringLiteral("New"));
        QVERIFY(!store.profile(QStringLiteral("New")));
        QVERIFY(!keychain->entries.contains(QStringLiteral("database:New")));
        QCOMPARE(store.defaultProfileName(), QString());
    }

    void shouldRefuseAProfileWithoutNameOrHub()
    {
        ProfileStore store(std::make_shared<MemoryVault>());
        QVERIFY(!store.save(directProfile(QString(), QStringLiteral("sqlite:x.db"))).ok());
        ConnectionProfile cached;
        cached.name = QStringLiteral("Replica");
        cached.mode = ConnectionMode::Cached;
        cached.databaseUrl = QStringLiteral("sqlite:r.db");
        QVERIFY(!store.save(cached).ok());
        QVERIFY(store.isEmpty());
    }

    void shouldReadTheModeFromCommandLineUrls_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QString>("hub");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("mode");
        QTest::newRow("sqlite alone") << "sqlite:/tmp/a.db" << "" << true
                                      << int(ConnectionMode::Standalone);
        QTest::newRow("postgresql alone") << "postgresql://u@h/d" << "" << true
                                          << int(ConnectionMode::Direct);
        QTest::newRow("replica and hub") << "sqlite:/tmp/r.db" << "postgresql://u@h/d" << true
                                         << int(ConnectionMode::Cached);
        QTest::newRow("postgresql with hub") << "postgresql://u@h/d" << "postgresql://u@h/e"
                                             << false << 0;
        QTest::newRow("hub not postgresql") << "sqlite:/tmp/r.db" << "sqlite:/tmp/h.db" << false
                                            << 0;
        QTest::newRow("malformed") << "mysql://x" << "" << false << 0;
    }
    void shouldReadTheModeFromCommandLineUrls()
    {
        QFETCH(QString, db);
        QFETCH(QString, hub);
        QFETCH(bool, valid);
        QFETCH(int, mode);
        const auto profile = profileFromUrls(db, hub);
        QCOMPARE(profile.ok(), valid);
        if (valid)
            QCOMPARE(int(profile->mode), mode);
    }

    void shouldSplitAndRestorePasswords()
    {
        const auto split = splitPassword(QStringLiteral("postgresql://u:p%40ss@h:5432/d"));
        QVERIFY(split.ok());
        QCOMPARE(split->password, QStringLiteral("p@ss"));
        QVERIFY(!split->url.contains(QLatin1String("p%40ss")));
        QCOMPARE(withPassword(split->url, split->password),
                 QStringLiteral("postgresql://u:p%40ss@h:5432/d"));
        QCOMPARE(splitPassword(QStringLiteral("sqlite:/tmp/x.db"))->url,
                 QStringLiteral("sqlite:/tmp/x.db"));
    }
};

QTEST_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
