// SPDX-License-Identifier: GPL-3.0-or-later
// The "Remote Services" settings page and panel, through their widgets: an administrator adds
// a CalDAV calendar with its password (which goes to the vault, never the database), a wrong
// mapping is refused naming its row, an operator sees status without the editing buttons, and
// "Sync Now" publishes to the real Radicale in the background and shows the result; against a
// closed port the failure and the recorded error show instead.
#include "dialogs.h"
#include "testdatabase.h"
#include "views/remotes/remoteeditor.h"
#include "views/remotes/remotespanel.h"
#include "views/settings/passwordvault.h"
#include "views/settings/profilestore.h"
#include "views/settings/settingsdialog.h"

#include "connectors/remote/remoterepository.h"
#include "storage/directoryrepository.h"
#include "storage/ticketrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>

using namespace ServiceDeck;
using namespace ServiceDeck::Views;

#define SD_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto &sdResult = (expression);                                                       \
        QVERIFY2(sdResult.ok(), qPrintable(sdResult.ok() ? QString() : sdResult.error().message)); \
    } while (false)

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

bool remotesRequired()
{
    return qEnvironmentVariableIntValue("SERVICEDECK_TEST_REQUIRE_REMOTES") == 1;
}

// A loopback port with nothing listening: the remote is "offline".
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when the server goes
}

// Makes the settings tab that holds `widget` the current one.
bool showPageOf(QTabWidget *pages, QWidget *widget)
{
    for (int index = 0; pages && index < pages->count(); ++index) {
        if (pages->widget(index)->isAncestorOf(widget)) {
            pages->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

RemoteEditor *openEditor(RemotesPanel *panel, QPushButton *button)
{
    RemoteEditor *opened = nullptr;
    QObject::connect(panel, &RemotesPanel::editorOpened, panel,
                     [&opened](QDialog *editor) { opened = qobject_cast<RemoteEditor *>(editor); });
    button->click();
    return opened;
}

} // namespace

class tst_RemotesPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ServiceDeckTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_remotespanel"));
    }

    void shouldAddARemoteWithItsSecretInTheVaultOnly()
    {
        auto testDb = Test::TestDatabase::create(QStringLiteral("QSQLITE"));
        SD_VERIFY_OK(testDb);
        auto opened = (*testDb)->open();
        SD_VERIFY_OK(opened);
        Storage::Database &db = **opened;
        auto admin = Storage::DirectoryRepository(db).ensureAdmin();
        SD_VERIFY_OK(admin);
        Group desk;
        desk.name = QStringLiteral("Service Desk");
        SD_VERIFY_OK(Storage::DirectoryRepository(db).createGroup(desk, admin->id));
        ProfileStore store(std::make_shared<MemoryVault>());

        SettingsDialog dialog(store, db, *admin, QString());
        dialog.show();
        auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("pages"));
        QVERIFY(pages);
        RemotesPanel *panel = dialog.remotesPanel();
        QVERIFY(panel);
        // The page is a tab of its own, with the editing buttons for an administrator
        QVERIFY(showPageOf(pages, panel));
        QCOMPARE(pages->tabText(pages->currentIndex()), QStringLiteral("&Remote Services"));
        QVERIFY(panel->addButton()->isVisibleTo(&dialog));

        // When an RT remote without a queue mapping is entered, the error names what is missing
        RemoteEditor *editor = openEditor(panel, panel->addButton());
        QVERIFY(editor);
        editor->kindCombo()->setCurrentIndex(0);
        editor->nameEdit()->setText(QStringLiteral("Supplier RT"));
        editor->urlEdit()->setText(QStringLiteral("https://rt.example.com"));
        editor->secretEdit()->setText(QStringLiteral("token-secret-1"));
        editor->accept();
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->errorLabel()->text().contains(QStringLiteral("RT queues")),
                 qPrintable(editor->errorLabel()->text()));
        // and a bad address names the address
        editor->findChild<QPushButton *>(QStringLiteral("addQueueButton"))->click();
        QCOMPARE(editor->queueTable()->rowCount(), 1);
        editor->urlEdit()->setText(QStringLiteral("ftp://rt.example.com"));
        editor->queueTable()->item(0, 0)->setText(QStringLiteral("General"));
        QCOMPARE(qobject_cast<QComboBox *>(editor->queueTable()->cellWidget(0, 1))->currentText(),
                 QStringLiteral("Service Desk"));
        editor->accept();
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->errorLabel()->text().startsWith(QStringLiteral("url:")),
                 qPrintable(editor->errorLabel()->text()));
        editor->reject();

        // When a CalDAV calendar is added with its password
        editor = openEditor(panel, panel->addButton());
        QVERIFY(editor);
        editor->kindCombo()->setCurrentIndex(1);
        editor->nameEdit()->setText(QStringLiteral("Change calendar"));
        editor->urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1/u/changes/").arg(closedPort()));
        editor->userEdit()->setText(QStringLiteral("u"));
        editor->secretEdit()->setText(QStringLiteral("pa55-word-xyz"));
        editor->accept();
        QVERIFY2(!editor->isVisible(), qPrintable(editor->errorLabel()->text()));

        // Then it is listed, its password is in the vault and nowhere in the database
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, 0)->text(), QStringLiteral("Change calendar"));
        auto remote = Connectors::RemoteRepository(db).findByName(QStringLiteral("Change calendar"));
        SD_VERIFY_OK(remote);
        QVERIFY(remote->has_value());
        QCOMPARE(store.vault().read((*remote)->secretKey()).value_or(QString()),
                 QStringLiteral("pa55-word-xyz"));
        auto everything = db.exec(QStringLiteral("SELECT base_url || coalesce(user_name, '') || "
                                                 "settings FROM remotes"));
        SD_VERIFY_OK(everything);
        while (everything->next())
            QVERIFY(!everything->value(0).toString().contains(QStringLiteral("pa55")));

        // When it is synced while its server is down, the failure and the error show
        QSignalSpy finished(panel, &RemotesPanel::runFinished);
        panel->table()->selectRow(0);
        QVERIFY(panel->syncNowButton()->isEnabled());
        panel->syncNowButton()->click();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        QVERIFY(panel->messageLabel()->text().contains(QStringLiteral("failed")));
        QVERIFY(panel->table()->item(0, 3)->text() != QStringLiteral("never"));
        QVERIFY(!panel->table()->item(0, 4)->text().isEmpty());
    }

    void shouldShowStatusWithoutEditingToOperators()
    {
        auto testDb = Test::TestDatabase::create(QStringLiteral("QSQLITE"));
        SD_VERIFY_OK(testDb);
        auto opened = (*testDb)->open();
        SD_VERIFY_OK(opened);
        Storage::Database &db = **opened;
        User operatorUser;
        operatorUser.login = QStringLiteral("olga");
        operatorUser.displayName = QStringLiteral("Olga");
        operatorUser.roles = {QStringLiteral("operator")};
        auto made = Storage::DirectoryRepository(db).createUser(operatorUser, {});
        SD_VERIFY_OK(made);
        ProfileStore store(std::make_shared<MemoryVault>());
        SettingsDialog dialog(store, db, *made, QString());
        dialog.show();
        RemotesPanel *panel = dialog.remotesPanel();
        QVERIFY(panel);
        QVERIFY(showPageOf(dialog.findChild<QTabWidget *>(QStringLiteral("pages")), panel));
        QVERIFY(!panel->addButton()->isVisibleTo(&dialog));
        QVERIFY(!panel->editButton()->isVisibleTo(&dialog));
        QVERIFY(!panel->removeButton()->isVisibleTo(&dialog));
        QVERIFY(panel->syncNowButton()->isVisibleTo(&dialog));
    }

    void shouldPublishToTheRealCalendarOnSyncNow()
    {
        const QString url = env("SERVICEDECK_TEST_CALDAV_URL");
        if (url.isEmpty()) {
            if (remotesRequired())
                QFAIL("SERVICEDECK_TEST_CALDAV_URL is not set but the remote services are required");
            QSKIP("no CalDAV server configured (SERVICEDECK_TEST_CALDAV_URL)");
        }
        auto testDb = Test::TestDatabase::create(QStringLiteral("QSQLITE"));
        SD_VERIFY_OK(testDb);
        auto opened = (*testDb)->open();
        SD_VERIFY_OK(opened);
        Storage::Database &db = **opened;
        auto admin = Storage::DirectoryRepository(db).ensureAdmin();
        SD_VERIFY_OK(admin);
        auto vault = std::make_shared<MemoryVault>();
        ProfileStore store(vault);

        // Given a calendar of its own on the real server, configured through the editor
        SettingsDialog dialog(store, db, *admin, QString());
        dialog.show();
        RemotesPanel *panel = dialog.remotesPanel();
        RemoteEditor *editor = openEditor(panel, panel->addButton());
        QVERIFY(editor);
        editor->kindCombo()->setCurrentIndex(1);
        editor->nameEdit()->setText(QStringLiteral("Radicale"));
        QString collection = url;
        if (collection.endsWith(QLatin1Char('/')))
            collection.chop(1);
        collection += QStringLiteral("-panel-%1/").arg(QDateTime::currentMSecsSinceEpoch());
        editor->urlEdit()->setText(collection);
        editor->userEdit()->setText(env("SERVICEDECK_TEST_CALDAV_USER"));
        editor->secretEdit()->setText(env("SERVICEDECK_TEST_CALDAV_PASSWORD"));
        // "Test Connection" reaches it
        editor->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        editor->accept();
        QVERIFY2(!editor->isVisible(), qPrintable(editor->errorLabel()->text()));

        // When "Sync Now" is pressed
        QSignalSpy finished(panel, &RemotesPanel::runFinished);
        panel->selectRemote(QStringLiteral("Radicale"));
        panel->syncNowButton()->click();
        QVERIFY(finished.wait(60000));
        // Then the run succeeded and the table says when and what
        QVERIFY2(finished.constFirst().at(1).toBool(),
                 qPrintable(finished.constFirst().at(2).toString()));
        QVERIFY(panel->table()->item(0, 3)->text() != QStringLiteral("never"));
        QCOMPARE(panel->table()->item(0, 5)->text(), QStringLiteral("0"));
        QCOMPARE(panel->errorTable()->rowCount(), 0);
    }
};

QTEST_MAIN(tst_RemotesPanel)
#include "tst_remotespanel.moc"
