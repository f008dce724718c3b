// SPDX-License-Identifier: GPL-3.0-or-later
// servicedeck-screenshots: opens a database in the main window, shows the queue, a ticket, the
// CMDB impact graph, the change calendar and the dashboard in turn and saves a PNG of each.
// make-screenshots.sh runs it on a seeded demo database for the README's pictures.
#include "app/mainwindow.h"

#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/directoryrepository.h"
#include "views/calendar/calendarpage.h"
#include "views/cmdb/cidetailpanel.h"
#include "views/cmdb/ciimpactpage.h"
#include "views/cmdb/cmdbbrowser.h"
#include "views/queues/queuenavigator.h"
#include "views/ticketform/tickettabs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

using namespace ServiceDeck;

struct ShotsTr
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDeck::Screenshots)
};

void say(const QString &line)
{
    std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stderr);
}

int fail(const QString &message)
{
    say(ShotsTr::tr("servicedeck-screenshots: %1").arg(message));
    return 1;
}

// Lets the window load and paint what it fetches after being shown (pages, counts, layouts).
void settle(int milliseconds = 700)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// The first column of the first row, or an empty text.
QString firstValue(Storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    auto query = db.exec(sql, values);
    if (!query || !query->next())
        return {};
    return query->value(0).toString();
}

// The person whose "My open tickets" is the fullest: the queue shot shows a working day.
QString busiestLogin(Storage::Database &db)
{
    return firstValue(
        db, QStringLiteral(
                "SELECT u.login FROM tickets t JOIN users u ON u.id = t.assignee_id "
                "WHERE t.state IN ('assigned', 'in_progress', 'pending', 'approved', 'fulfilling', "
                "'investigating', 'known_error') "
                "GROUP BY u.login ORDER BY COUNT(*) DESC, u.login LIMIT 1"));
}

// An incident in progress with the most comments: the form shows its activity.
QString liveliestIncident(Storage::Database &db, const QUuid &assignee)
{
    const QString sql = QStringLiteral(
        "SELECT t.number FROM tickets t LEFT JOIN comments c ON c.ticket_id = t.id "
        "WHERE t.kind = 'incident' AND t.state = 'in_progress' AND t.assignee_id = ? "
        "GROUP BY t.number ORDER BY COUNT(c.id) DESC, t.number LIMIT 1");
    QString number = firstValue(db, sql, {Storage::Database::idValue(assignee)});
    if (number.isEmpty())
        number = firstValue(db, QStringLiteral("SELECT number FROM tickets WHERE kind = 'incident' "
                                               "ORDER BY number LIMIT 1"));
    return number;
}

// A CI with a few direct needs that have needs of their own: its impact graph shows a few
// layers and stays readable at the window's size.
QUuid richestCi(Storage::Database &db, const QString &name)
{
    if (!name.isEmpty())
        return Storage::Database::toUuid(
            firstValue(db, QStringLiteral("SELECT id FROM cis WHERE name = ?"), {name}));
    return Storage::Database::toUuid(firstValue(
        db, QStringLiteral(
                "SELECT r.source_id FROM ci_relations r JOIN ci_relations n ON n.source_id = "
                "r.target_id "
                "WHERE r.source_id IN (SELECT source_id FROM ci_relations GROUP BY source_id "
                "HAVING COUNT(*) BETWEEN 2 AND 4) "
                "GROUP BY r.source_id HAVING COUNT(*) <= 10 ORDER BY COUNT(*) DESC, r.source_id "
                "LIMIT 1")));
}

// Calls MainWindow::showDashboard() where the window has one.
template<typename Window> bool showDashboard(Window &window)
{
    if constexpr (requires { window.showDashboard(); }) {
        window.showDashboard();
        return true;
    } else {
        return false;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ServiceDeck"));
    QApplication::setOrganizationName(QStringLiteral("ServiceDeck"));
    // The same look on every machine, whatever the desktop's style and language.
    QApplication::setStyle(QStringLiteral("Fusion"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        ShotsTr::tr("Saves PNG pictures of ServiceDeck's main window on a database."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), ShotsTr::tr("The database URL."),
                                      ShotsTr::tr("url"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), ShotsTr::tr("The folder for the PNG files."), ShotsTr::tr("dir"));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        ShotsTr::tr("Work as this user (default: the one with the most open tickets)."),
        ShotsTr::tr("login"));
    const QCommandLineOption ciOption(
        QStringLiteral("ci"),
        ShotsTr::tr("The CI whose impact graph is shown (default: a well-connected one)."),
        ShotsTr::tr("name"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        ShotsTr::tr("Window size (default: 1280x800)."),
                                        ShotsTr::tr("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({dbOption, outOption, asOption, ciOption, sizeOption});
    parser.process(app);
    if (!parser.isSet(dbOption) || !parser.isSet(outOption))
        return fail(ShotsTr::tr("--db and --out are required; see --help"));

    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    const int width = size.value(0).toInt();
    const int height = size.value(1).toInt();
    if (size.size() != 2 || width < 320 || height < 240)
        return fail(
            ShotsTr::tr("--size: \"%1\" is not WIDTHxHEIGHT").arg(parser.value(sizeOption)));

    const QDir out(parser.value(outOption));
    if (!out.mkpath(QStringLiteral(".")))
        return fail(ShotsTr::tr("cannot create the folder %1").arg(out.path()));

    // The window keeps its layout in the settings: take none from, and leave none in, the
    // settings of the person who runs this.
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return fail(ShotsTr::tr("cannot create a temporary folder"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    auto url = Storage::DatabaseUrl::parse(parser.value(dbOption));
    if (!url)
        return fail(url.error().message);
    auto db = Storage::Database::open(*url, Storage::Database::OpenMode::MustExist,
                                      Storage::Database::SchemaPolicy::RequireSchema);
    if (!db)
        return fail(db.error().message);

    QString login = parser.value(asOption);
    if (login.isEmpty())
        login = busiestLogin(**db);
    if (login.isEmpty())
        return fail(ShotsTr::tr("the database has no assigned tickets; seed it first"));
    auto actor = Storage::DirectoryRepository(**db).findUser(login);
    if (!actor)
        return fail(actor.error().message);
    if (!*actor)
        return fail(ShotsTr::tr("there is no user \"%1\"").arg(login));

    MainWindow window(**db, **actor);
    window.resize(width, height);
    window.show();
    settle(1500);

    // The open tickets share the window with the work area above them: the whole height goes to
    // the work area while no ticket is open.
    auto *splitter = qobject_cast<QSplitter *>(window.ticketTabs()->parentWidget());
    const auto giveTicketsShare = [&](double share) {
        if (!splitter)
            return;
        const int total = splitter->height();
        const int tickets = static_cast<int>(total * share);
        splitter->setSizes({total - tickets, tickets});
    };

    int saved = 0;
    const auto save = [&](const QString &name) {
        settle();
        const QString path = out.filePath(name + QStringLiteral(".png"));
        if (!window.grab().save(path))
            return false;
        say(ShotsTr::tr("saved %1").arg(QDir::toNativeSeparators(path)));
        ++saved;
        return true;
    };

    // The queue: the open tickets of the person's groups.
    window.queueNavigator()->selectQueue(QStringLiteral("my_groups"));
    window.showQueues();
    giveTicketsShare(0.0);
    settle();
    if (!save(QStringLiteral("queue")))
        return fail(ShotsTr::tr("cannot write the pictures into %1").arg(out.path()));

    // The ticket form: an incident being worked, below its queue.
    const QString number = liveliestIncident(**db, (*actor)->id);
    if (number.isEmpty())
        return fail(ShotsTr::tr("the database has no incidents; seed it first"));
    window.ticketTabs()->openTicket(number);
    settle();
    giveTicketsShare(0.62);
    save(QStringLiteral("ticket"));
    window.ticketTabs()->closeTab(0);
    settle();
    giveTicketsShare(0.0);

    // The CMDB: a well-connected CI's impact, as a graph.
    const QUuid ci = richestCi(**db, parser.value(ciOption));
    if (ci.isNull())
        return fail(ShotsTr::tr("the database has no related CIs; seed it first"));
    window.showCmdb();
    settle();
    window.cmdbBrowser()->showCi(ci);
    Views::CiDetailPanel *panel = window.cmdbBrowser()->detailPanel();
    panel->impactPage()->setDirection(Cmdb::ImpactDirection::Down);
    panel->impactPage()->setDepth(2);
    panel->showTab(Views::CiDetailPanel::ImpactTab);
    // The tree of CIs narrow, the graph wide.
    QSplitter *browserSplitter = window.cmdbBrowser()->splitter();
    browserSplitter->setSizes({220, browserSplitter->width() - 220});
    save(QStringLiteral("cmdb"));

    // The change calendar: this month.
    window.showCalendar();
    window.calendarPage()->setMode(Views::CalendarPage::Mode::Month);
    save(QStringLiteral("calendar"));

    if (showDashboard(window))
        save(QStringLiteral("dashboard"));
    else
        say(ShotsTr::tr("no dashboard picture: this main window has no dashboard"));

    window.showQueues();
    say(ShotsTr::tr("%n picture(s) in %1", nullptr, saved)
            .arg(QDir::toNativeSeparators(out.path())));
    return 0;
}
