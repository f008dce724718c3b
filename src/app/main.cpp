// SPDX-License-Identifier: GPL-3.0-or-later
// The ServiceDeck desktop client: opens one database and shows the main window on it.
#include "mainwindow.h"

#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/directoryrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <optional>

namespace {

// Translation context of the program's start-up messages.
struct MainTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Main)
};

// Shows why the program cannot start and returns the exit code of the CLI contract.
int fail(const ServiceDeck::Error &error)
{
    std::fputs(qUtf8Printable(error.message + QLatin1Char('\n')), stderr);
    QMessageBox::critical(nullptr, MainTr::tr("ServiceDeck"), error.message);
    return static_cast<int>(error.kind);
}

void installTranslators(QTranslator &own, QTranslator &qt)
{
    // Embedded by qt_add_translations; a language without a translation stays English.
    if (own.load(QLocale(), QStringLiteral("servicedeck"), QStringLiteral("_"),
                 QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&own);
    if (qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace ServiceDeck;
    using Storage::Database;
    using Storage::DatabaseUrl;

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ServiceDeck"));
    QApplication::setOrganizationName(QStringLiteral("ServiceDeck"));
    QApplication::setApplicationVersion(QStringLiteral(SERVICEDECK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/servicedeck.svg")));

    QTranslator ownTranslator;
    QTranslator qtTranslator;
    installTranslators(ownTranslator, qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(MainTr::tr("Desktop client for IT service management."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        MainTr::tr("Open the database at URL: sqlite:PATH or "
                   "postgresql://USER@HOST[:PORT]/DBNAME (default: %1).")
            .arg(DatabaseUrl::defaultUrl().displayName()),
        MainTr::tr("URL"));
    parser.addOption(dbOption);
    const QCommandLineOption asOption(
        QStringLiteral("as"), MainTr::tr("Work as the user LOGIN (default: admin)."),
        MainTr::tr("LOGIN"), QStringLiteral("admin"));
    parser.addOption(asOption);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        return fail(Error{ErrorKind::Usage,
                          MainTr::tr("Unexpected argument \"%1\"; see servicedeck --help")
                              .arg(parser.positionalArguments().constFirst())});

    DatabaseUrl url = DatabaseUrl::defaultUrl();
    if (parser.isSet(dbOption)) {
        auto parsed = DatabaseUrl::parse(parser.value(dbOption));
        if (!parsed)
            return fail(parsed.error());
        url = *parsed;
    }

    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto db = Database::open(url, Database::OpenMode::CreateIfMissing,
                             Database::SchemaPolicy::Migrate);
    QApplication::restoreOverrideCursor();
    if (!db)
        return fail(db.error());

    // Who works: `me` in queues, the actor in the journal.
    const QString login = parser.value(asOption).trimmed();
    Storage::DirectoryRepository directory(**db);
    std::optional<User> actor;
    if (login == u"admin") {
        auto admin = directory.ensureAdmin();
        if (!admin)
            return fail(admin.error());
        actor = *admin;
    } else {
        auto found = directory.findUser(login);
        if (!found)
            return fail(found.error());
        actor = *found;
    }
    if (!actor || !actor->active)
        return fail(invalidData(MainTr::tr("Option --as: there is no active user \"%1\"")
                                    .arg(login)));

    MainWindow window(**db, *actor);
    window.show();
    return QApplication::exec();
}
