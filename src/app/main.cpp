// SPDX-License-Identifier: GPL-3.0-or-later
// The ServiceDeck desktop client: opens the database of a connection profile (or of --db/--hub)
// and shows the main window on it; the very first start asks where the data lives.
#include "mainwindow.h"

#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/directoryrepository.h"
#include "views/settings/appsettings.h"
#include "views/settings/connectionpasswords.h"
#include "views/settings/connectionurls.h"
#include "views/settings/firstrundialog.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "views/settings/profilestore.h"

#include <QApplication>
#include <QProgressDialog>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>

#include <climits>
#include <cstdio>
#include <optional>

namespace {

using namespace ServiceDeck;

// Translation context of the program's start-up messages.
struct MainTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Main)
};

// Shows why the program cannot start and returns the exit code of the CLI contract.
int fail(const Error &error)
{
    std::fputs(qUtf8Printable(error.message + QLatin1Char('\n')), stderr);
    QMessageBox::critical(nullptr, MainTr::tr("ServiceDeck"), error.message);
    return static_cast<int>(error.kind);
}

void installTranslators(const QLocale &locale, QTranslator &own, QTranslator &qt)
{
    // Embedded by qt_add_translations; a language without a translation stays English.
    if (own.load(locale, QStringLiteral("servicedeck"), QStringLiteral("_"),
                 QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&own);
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

// The profile a start without --db or --profile opens: the default one, or on the very first
// run the one the first-run dialog makes. nullopt when the person cancels.
std::optional<Sync::ConnectionProfile> chooseProfile(Views::ProfileStore &store)
{
    if (store.isEmpty() && QFile::exists(Storage::DatabaseUrl::defaultUrl().path)) {
        // A database from before profiles existed: it becomes the first profile.
        Sync::ConnectionProfile local;
        local.name = MainTr::tr("Local");
        local.databaseUrl = Storage::DatabaseUrl::defaultUrl().toString();
        if (auto saved = store.save(local))
            store.setDefaultProfile(saved->name);
    }
    if (auto chosen = store.defaultProfile())
        return chosen;
    Views::FirstRunDialog dialog(store);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.profile();
}

// After a stored profile failed to open: offers to set up another connection.
bool offerAnotherConnection(const Error &error)
{
    QMessageBox box(QMessageBox::Critical, MainTr::tr("ServiceDeck"), error.message);
    QPushButton *other =
        box.addButton(MainTr::tr("Choose Another Connection…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    return box.clickedButton() == other;
}

// The first download of a new replica, with a progress dialog that can cancel it.
Result<void> downloadReplica(Storage::Database &replica, const QString &hubUrl)
{
    auto state = Sync::SyncState(replica).value(Sync::StateKey::download);
    if (!state)
        return state.error();
    if (*state == u"done")
        return {};
    QProgressDialog progress(MainTr::tr("Downloading the replica from the hub…"),
                             MainTr::tr("Cancel"), 0, 0);
    progress.setWindowTitle(MainTr::tr("ServiceDeck"));
    progress.setMinimumDuration(0);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.show();
    auto report = Sync::SyncEngine(replica).run(
        hubUrl, [&progress](Sync::SyncEngine::Stage stage, qint64 done, qint64 total) {
            if (stage == Sync::SyncEngine::Stage::Downloading && total > 0) {
                progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
                progress.setValue(int(std::min<qint64>(done, total)));
                progress.setLabelText(MainTr::tr("Downloading the replica from the hub: %1 of "
                                                 "%2 records")
                                          .arg(QLocale().toString(done), QLocale().toString(total)));
            }
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    if (!report)
        return Error{report.error().kind,
                     MainTr::tr("The first download of the replica did not finish: %1\n"
                                "It goes on where it stopped at the next start.")
                         .arg(report.error().message)};
    return {};
}

// Who works: --as, else the profile's login, else the administrator (made once if missing).
Result<User> actingUser(Storage::Database &db, const QString &login)
{
    Storage::DirectoryRepository directory(db);
    if (login.isEmpty() || login == u"admin")
        return directory.ensureAdmin();
    auto found = directory.findUser(login);
    if (!found)
        return found.error();
    if (!found->has_value() || !(*found)->active)
        return invalidData(MainTr::tr("There is no active user \"%1\"").arg(login));
    return found->value();
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace ServiceDeck;
    using Storage::Database;
    using Storage::DatabaseUrl;
    namespace AppSettings = Views::AppSettings;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ServiceDeck"));
    QApplication::setOrganizationName(QStringLiteral("ServiceDeck"));
    QApplication::setApplicationVersion(QStringLiteral(SERVICEDECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/servicedeck.svg")));
    // Wayland desktops match the window to its launcher by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.servicedeck.ServiceDeck"));

    // The language chosen in the settings, else the system's; dates and numbers follow it.
    const QLocale locale = AppSettings::startupLocale();
    if (!AppSettings::language().isEmpty())
        QLocale::setDefault(locale);
    QTranslator ownTranslator;
    QTranslator qtTranslator;
    installTranslators(locale, ownTranslator, qtTranslator);
    if (AppSettings::appearance() != AppSettings::Appearance::System)
        AppSettings::applyAppearance(AppSettings::appearance());

    QCommandLineParser parser;
    parser.setApplicationDescription(MainTr::tr("Desktop client for IT service management."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        MainTr::tr("Open the database at URL: sqlite:PATH (standalone, or the local replica "
                   "with --hub) or postgresql://USER@HOST[:PORT]/DBNAME (direct)."),
        MainTr::tr("URL"));
    const QCommandLineOption hubOption(
        QStringLiteral("hub"),
        MainTr::tr("Work offline on the replica --db and sync it with the PostgreSQL hub at URL "
                   "(cached mode)."),
        MainTr::tr("URL"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        MainTr::tr("Start with the connection profile NAME (default: the default profile)."),
        MainTr::tr("NAME"));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        MainTr::tr("Work as the user LOGIN (default: the profile's user, else admin)."),
        MainTr::tr("LOGIN"));
    parser.addOptions({dbOption, hubOption, profileOption, asOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(Error{ErrorKind::Usage,
                          MainTr::tr("Unexpected argument \"%1\"; see servicedeck --help")
                              .arg(parser.positionalArguments().constFirst())});

    Views::ProfileStore store;
    const bool fromCommandLine = parser.isSet(dbOption) || parser.isSet(hubOption);
    Sync::ConnectionProfile profile;
    if (parser.isSet(profileOption)) {
        if (fromCommandLine)
            return fail(Error{ErrorKind::Usage,
                              MainTr::tr("Option --profile cannot be combined with --db or --hub")});
        const auto stored = store.profile(parser.value(profileOption));
        if (!stored)
            return fail(Error{ErrorKind::Usage,
                              MainTr::tr("Option --profile: there is no connection profile "
                                         "\"%1\"")
                                  .arg(parser.value(profileOption))});
        profile = *stored;
    } else if (fromCommandLine) {
        if (!parser.isSet(dbOption))
            return fail(Error{ErrorKind::Usage,
                              MainTr::tr("Option --hub needs --db sqlite:PATH, the local "
                                         "replica")});
        auto given = Views::profileFromUrls(parser.value(dbOption), parser.value(hubOption));
        if (!given)
            return fail(given.error());
        profile = *given;
    } else {
        const auto chosen = chooseProfile(store);
        if (!chosen)
            return 0;
        profile = *chosen;
    }

    for (;;) {
        // A stored profile's passwords come from the keychain, or are asked for now.
        Sync::ConnectionProfile connected = profile;
        if (!profile.name.isEmpty()) {
            const auto resolved = Views::withPasswords(store, profile);
            if (!resolved)
                return 0;
            connected = *resolved;
        }
        auto url = DatabaseUrl::parse(connected.databaseUrl);
        if (!url)
            return fail(url.error());

        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto db = Database::open(*url, Database::OpenMode::CreateIfMissing,
                                 Database::SchemaPolicy::Migrate);
        QApplication::restoreOverrideCursor();
        if (!db) {
            // A default profile that no longer works must not lock the person out.
            if (fromCommandLine || parser.isSet(profileOption))
                return fail(db.error());
            std::fputs(qUtf8Printable(db.error().message + QLatin1Char('\n')), stderr);
            if (!offerAnotherConnection(db.error()))
                return static_cast<int>(db.error().kind);
            Views::FirstRunDialog dialog(store);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            profile = dialog.profile();
            continue;
        }

        if (connected.isCached()) {
            // A replica works offline only once it holds the hub's data: the first download
            // happens before the window, with progress (and resumes if interrupted).
            if (auto ready = downloadReplica(**db, connected.hubUrl); !ready)
                return fail(ready.error());
        }

        const QString login =
            parser.isSet(asOption) ? parser.value(asOption).trimmed() : profile.login;
        auto actor = actingUser(**db, login);
        if (!actor) {
            const bool unknownLogin =
                parser.isSet(asOption) && actor.error().kind == ErrorKind::InvalidData;
            return fail(unknownLogin ? invalidData(MainTr::tr("Option --as: there is no active "
                                                              "user \"%1\"")
                                                       .arg(login))
                                     : actor.error());
        }

        MainWindow window(**db, *actor);
        window.setConnectionProfile(connected);
        window.show();
        return QApplication::exec();
    }
}
