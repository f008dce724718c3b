// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include "models/queuemodel.h"
#include "views/calendar/calendarpage.h"
#include "views/calendar/calendarschedule.h"
#include "views/calendar/calendarstyle.h"
#include "views/calendar/calendarview.h"
#include "views/calendar/month/monthview.h"
#include "views/calendar/timeline/timelineview.h"
#include "views/cmdb/ciimpactpage.h"
#include "views/cmdb/cidetailpanel.h"
#include "views/cmdb/cmdbbrowser.h"
#include "views/cmdb/impactgraphview.h"
#include "views/cmdb/impactnodeitem.h"
#include "views/dashboard/dashboardchart.h"
#include "views/dashboard/dashboardpage.h"
#include "views/queues/filterlineedit.h"
#include "views/queues/queuefilteredit.h"
#include "views/queues/queuenavigator.h"
#include "views/queues/queuepage.h"
#include "views/queues/queuetableview.h"
#include "views/ticketform/tickettabs.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace ServiceDeck;
using Views::CalendarView;
using Views::ImpactGraphView;

namespace {

QString changeTitle(Storage::Database &db, const QString &number)
{
    auto query = db.exec(QStringLiteral("SELECT title FROM tickets WHERE number = ? AND kind = ?"),
                         {number, QStringLiteral("change")});
    return query && query->next() ? query->value(0).toString() : QString();
}

QHash<QUuid, QString> ciNames(Storage::Database &db)
{
    QHash<QUuid, QString> names;
    auto query = db.exec(QStringLiteral("SELECT id, name FROM cis"));
    while (query && query->next())
        names.insert(QUuid::fromString(query->value(0).toString()), query->value(1).toString());
    return names;
}

QString stateLabel(const QString &state)
{
    for (const auto &[name, label] : Views::CalendarStyle::states()) {
        if (name == state)
            return label;
    }
    return state;
}

// A menu is reachable by keyboard when it hangs from the menu bar, directly or through others.
bool reachableMenu(const QMenu *menu, const QMenuBar *bar, int depth = 0)
{
    if (!menu || depth > 5)
        return false;
    const QAction *opener = menu->menuAction();
    if (bar->actions().contains(opener))
        return true;
    for (QObject *object : opener->associatedObjects()) {
        if (reachableMenu(qobject_cast<QMenu *>(object), bar, depth + 1))
            return true;
    }
    return false;
}

// Where an action's shortcut can fire: the window for a menu bar entry or a window shortcut,
// else the visible widgets it was added to. Menus and tool bars only show the action.
QList<QWidget *> shortcutScopes(QAction *action, QMainWindow &window)
{
    QList<QWidget *> scopes;
    for (QObject *object : action->associatedObjects()) {
        auto *widget = qobject_cast<QWidget *>(object);
        if (!widget)
            continue;
        if (auto *menu = qobject_cast<QMenu *>(widget)) {
            if (reachableMenu(menu, window.menuBar())
                && action->shortcutContext() != Qt::WidgetShortcut
                && action->shortcutContext() != Qt::WidgetWithChildrenShortcut)
                scopes << &window;
            continue;
        }
        if (qobject_cast<QToolBar *>(widget) || qobject_cast<QMenuBar *>(widget)
            || qobject_cast<QToolButton *>(widget))
            continue;
        if (!widget->isVisible())
            continue;
        const bool window_ = action->shortcutContext() == Qt::WindowShortcut
                             || action->shortcutContext() == Qt::ApplicationShortcut;
        scopes << (window_ ? widget->window() : widget);
    }
    return scopes;
}

bool overlaps(const QList<QWidget *> &a, const QList<QWidget *> &b)
{
    for (QWidget *x : a) {
        for (QWidget *y : b) {
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
        }
    }
    return false;
}

// Every enabled action's keys, and the Alt+letter of the visible buttons, labels with a buddy
// and menu bar entries: "key: first, second" for each key two of them share in one scope.
QStringList shortcutClashes(QMainWindow &window)
{
    struct Binding
    {
        QString key;
        QString what;
        QList<QWidget *> scopes;
    };
    QList<Binding> bindings;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->isEnabled() || action->isSeparator())
            continue;
        const QList<QWidget *> scopes = shortcutScopes(action, window);
        if (scopes.isEmpty())
            continue;
        for (const QKeySequence &key : action->shortcuts())
            bindings.append({key.toString(), action->objectName() + u'/' + action->text(), scopes});
    }
    const auto mnemonic = [](const QString &text) {
        return QKeySequence::mnemonic(text).toString();
    };
    for (QAction *entry : window.menuBar()->actions()) {
        if (!mnemonic(entry->text()).isEmpty())
            bindings.append({mnemonic(entry->text()), QStringLiteral("menu ") + entry->text(), {&window}});
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->isEnabled() && !mnemonic(button->text()).isEmpty())
            bindings.append({mnemonic(button->text()), QStringLiteral("button ") + button->text(), {&window}});
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy() && !mnemonic(label->text()).isEmpty())
            bindings.append({mnemonic(label->text()), QStringLiteral("label ") + label->text(), {&window}});
    }
    QStringList clashes;
    for (int i = 0; i < bindings.size(); ++i) {
        for (int j = i + 1; j < bindings.size(); ++j) {
            const Binding &a = bindings.at(i);
            const Binding &b = bindings.at(j);
            if (a.key == b.key && a.what != b.what && overlaps(a.scopes, b.scopes))
                clashes << QStringLiteral("%1: %2, %3").arg(a.key, a.what, b.what);
        }
    }
    return clashes;
}

// The widgets Tab visits from `start`, until it comes back or after `limit` presses.
QList<QWidget *> tabChain(QWidget *start, int limit = 80)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited;
    QWidget *window = start->window();
    for (int i = 0; i < limit; ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        visited << focused;
        QTest::keyClick(focused, Qt::Key_Tab);
        if (QApplication::focusWidget() == start && i > 0)
            break;
        if (QApplication::focusWidget() && QApplication::focusWidget()->window() != window)
            break;
    }
    return visited;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Test::useOwnLocations(); }

    void shouldShowCalendarChangesAsAccessibleItems_data() { Test::addDriverRows(); }
    void shouldShowCalendarChangesAsAccessibleItems()
    {
        SD_A11Y_WINDOW(window);
        window.showCalendar();
        Views::CalendarPage *page = window.calendarPage();
        QVERIFY(page);
        Views::CalendarSchedule *schedule = page->schedule();
        for (CalendarView *view : QList<CalendarView *>{page->monthView(), page->timelineView()}) {
            page->setMode(view == page->monthView() ? Views::CalendarPage::Mode::Month
                                                    : Views::CalendarPage::Mode::Timeline);
            QVERIFY(view->isVisible());
            // Given the changes whose window meets what the view shows
            const Change::TimeSpan range = view->visibleRange();
            int inRange = 0;
            for (int item : schedule->visibleItems())
                inRange += schedule->items().at(item).window.overlaps(range) ? 1 : 0;
            QVERIFY2(inRange > 0, qPrintable(view->objectName()));

            // Then the view is a list with one item per change, named by number and title
            QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
            QVERIFY(list && list->isValid());
            QCOMPARE(list->role(), QAccessible::List);
            QCOMPARE(list->text(QAccessible::Name), view->accessibleName());
            QCOMPARE(list->childCount(), inRange);
            int placed = 0;
            for (int i = 0; i < list->childCount(); ++i) {
                QAccessibleInterface *item = list->child(i);
                QVERIFY(item && item->isValid());
                QCOMPARE(item->role(), QAccessible::ListItem);
                QCOMPARE(list->indexOfChild(item), i);
                QCOMPARE(item->parent(), list);
                const QString name = item->text(QAccessible::Name);
                const QString number = name.section(u' ', 0, 0);
                QVERIFY2(number.startsWith(u"CHG"), qPrintable(name));
                QCOMPARE(name, number + u' ' + changeTitle(db, number));
                // described by its window, state and risk
                const auto &change = schedule->items().at(schedule->indexOf(number));
                const QString description = item->text(QAccessible::Description);
                QVERIFY2(description.contains(stateLabel(change.state)), qPrintable(description));
                QVERIFY2(description.contains(Views::CalendarStyle::riskLabel(change.risk)),
                         qPrintable(description));
                // and where it is drawn, it can be found by its place on screen
                const QRect rect = item->rect();
                if (!rect.isEmpty()) {
                    ++placed;
                    QCOMPARE(list->childAt(rect.center().x(), rect.center().y()), item);
                }
            }
            QVERIFY(placed > 0);

            // When the keyboard walks the changes
            view->setFocus(Qt::TabFocusReason);
            QTRY_VERIFY(view->hasFocus());
            QTest::keyClick(view, Qt::Key_Home);
            const QString first = list->child(0)->text(QAccessible::Name);
            QCOMPARE(view->selectedNumber(), first.section(u' ', 0, 0));
            QCOMPARE(list->focusChild(), list->child(0));
            QVERIFY(list->child(0)->state().focused);
            if (list->childCount() > 1) {
                QTest::keyClick(view, Qt::Key_Right);
                QCOMPARE(list->focusChild(), list->child(1));
                QTest::keyClick(view, Qt::Key_Left);
                QCOMPARE(list->focusChild(), list->child(0));
            }
            QTest::keyClick(view, Qt::Key_End);
            QCOMPARE(list->focusChild(), list->child(list->childCount() - 1));
            // Then Enter opens the chosen one, as its press action does
            QSignalSpy opened(page, &Views::CalendarPage::openTicket);
            QTest::keyClick(view, Qt::Key_Return);
            QCOMPARE(opened.count(), 1);
            QCOMPARE(opened.first().at(0).toString(), view->selectedNumber());
            QAccessibleActionInterface *actions = list->child(0)->actionInterface();
            QVERIFY(actions);
            actions->doAction(QAccessibleActionInterface::pressAction());
            QCOMPARE(opened.count(), 2);
            QCOMPARE(opened.last().at(0).toString(), first.section(u' ', 0, 0));
        }
    }

    void shouldShowImpactGraphNodesAsAccessibleItems_data() { Test::addDriverRows(); }
    void shouldShowImpactGraphNodesAsAccessibleItems()
    {
        SD_A11Y_WINDOW(window);
        const QHash<QUuid, QString> names = ciNames(db);
        // Given a CI that depends on others, its impact drawn looking down
        auto query = db.exec(QStringLiteral("SELECT source_id, COUNT(*) FROM ci_relations "
                                            "GROUP BY source_id ORDER BY COUNT(*) DESC, source_id"));
        QVERIFY(query && query->next());
        const QUuid start = QUuid::fromString(query->value(0).toString());
        window.showCmdb();
        Views::CmdbBrowser *browser = window.cmdbBrowser();
        QVERIFY(browser->showCi(start));
        browser->detailPanel()->showTab(Views::CiDetailPanel::ImpactTab);
        Views::CiImpactPage *impact = browser->detailPanel()->impactPage();
        impact->setDirection(Cmdb::ImpactDirection::Down);
        ImpactGraphView *graph = impact->graph();
        QTRY_VERIFY(graph->nodeItems().size() > 1);
        QTRY_VERIFY(graph->nodeItem(start) && graph->nodeItem(start)->content().start);

        // Then the graph is a list of its CIs, named as the database names them
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(graph);
        QVERIFY(list && list->isValid());
        QCOMPARE(list->childCount(), int(graph->nodeItems().size()));
        QStringList expected;
        for (const Views::ImpactNodeItem *node : graph->nodeItems())
            expected << names.value(node->ci());
        QStringList shown;
        for (int i = 0; i < list->childCount(); ++i)
            shown << list->child(i)->text(QAccessible::Name);
        QCOMPARE(shown.first(), names.value(start));
        shown.sort();
        expected.sort();
        QCOMPARE(shown, expected);
        // described by class, status and how the impact reaches them
        QVERIFY2(list->child(0)->text(QAccessible::Description).contains(u"start of the impact"),
                 qPrintable(list->child(0)->text(QAccessible::Description)));
        for (int i = 1; i < list->childCount(); ++i) {
            const QString description = list->child(i)->text(QAccessible::Description);
            QVERIFY2(description.contains(names.value(start) + QStringLiteral(" depends on it")),
                     qPrintable(description));
        }

        // When the keyboard enters the graph and goes down a row
        graph->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(graph->hasFocus());
        QTest::keyClick(graph, Qt::Key_Down);
        QCOMPARE(list->focusChild(), list->child(0));
        QTest::keyClick(graph, Qt::Key_Down);
        QAccessibleInterface *below = list->focusChild();
        QVERIFY(below && below != list->child(0));
        const QString belowName = below->text(QAccessible::Name);
        // Then Enter opens that CI
        QTest::keyClick(graph, Qt::Key_Return);
        QTRY_COMPARE(names.value(browser->currentCi()), belowName);
    }

    void shouldNameTheSlaStateOfAQueueRow_data() { Test::addDriverRows(); }
    void shouldNameTheSlaStateOfAQueueRow()
    {
        SD_A11Y_WINDOW(window);
        Views::QueuePage *page = window.queuePage();
        page->filterEdit()->setText(QStringLiteral("active:true"));
        page->filterEdit()->apply();
        Models::QueueModel *model = page->model();
        QTRY_VERIFY(model->rowCount() > 0);
        const int column = int(model->columnFields().indexOf(QStringLiteral("sla")));
        QVERIFY(column >= 0);
        int row = 0;
        while (row < model->rowCount()
               && model->index(row, column).data(Models::QueueModel::SlaStateRole).toString()
                          .isEmpty())
            ++row;
        QVERIFY(row < model->rowCount());
        const QString state = model->index(row, column)
                                  .data(Models::QueueModel::SlaStateRole).toString();
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(page->table());
        QVERIFY(table && table->tableInterface());
        QAccessibleInterface *cell = table->tableInterface()->cellAt(row, column);
        QVERIFY(cell);
        const QString spoken = cell->text(QAccessible::Name) + u' '
                               + cell->text(QAccessible::Description);
        // Then a screen reader says more than the bare time left: the SLA's state as a word
        const QHash<QString, QString> words = {{QStringLiteral("ok"), QStringLiteral("on track")},
                                               {QStringLiteral("warning"), QStringLiteral("risk")},
                                               {QStringLiteral("breached"),
                                                QStringLiteral("breached")},
                                               {QStringLiteral("paused"), QStringLiteral("paused")}};
        QVERIFY2(spoken.contains(words.value(state), Qt::CaseInsensitive), qPrintable(spoken));
    }

    void shouldReachEveryActionByKeyboard_data() { Test::addDriverRows(); }
    void shouldReachEveryActionByKeyboard()
    {
        SD_A11Y_WINDOW(window);
        // Every page made once, so that its actions exist
        window.showCalendar();
        window.showCmdb();
        window.showDashboard();
        window.showQueues();
        QList<QAction *> toggles;
        for (QToolBar *bar : window.findChildren<QToolBar *>())
            toggles << bar->toggleViewAction();
        QStringList unreachable;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isSeparator() || action->text().isEmpty() || toggles.contains(action))
                continue;
            if (!action->shortcut().isEmpty())
                continue;
            // A mnemonic works only in an open menu; a tool bar button only when Tab stops on it.
            bool reachable = false;
            for (QObject *object : action->associatedObjects()) {
                auto *button = qobject_cast<QToolButton *>(object);
                reachable = reachable || object == window.menuBar()
                            || reachableMenu(qobject_cast<QMenu *>(object), window.menuBar())
                            || (button && (button->focusPolicy() & Qt::TabFocus));
            }
            if (!reachable)
                unreachable << action->objectName() + u'/' + action->text();
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(u", ")));
        // And the main window's actions have keys of their own, the standard ones where the
        // platform has them
        const auto action = [&window](const char *name) {
            return window.findChild<QAction *>(QLatin1String(name));
        };
        QCOMPARE(action("actionNewIncident")->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(action("actionRefresh")->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(action("actionFilter")->shortcut(), QKeySequence(QKeySequence::Find));
        for (const char *name : {"actionNewRequest", "actionNewProblem", "actionNewChange",
                                 "actionImportCis", "actionAssign", "actionMoveState",
                                 "actionExportIcs", "actionExportSchedulePdf",
                                 "actionManageWindows", "actionSettings"})
            QVERIFY2(!action(name)->shortcut().isEmpty(), name);
    }

    void shouldNotShareAKeyWithinAPage_data() { Test::addDriverRows(); }
    void shouldNotShareAKeyWithinAPage()
    {
        SD_A11Y_WINDOW(window);
        const QList<std::function<void()>> pages = {
            [&window] { window.showQueues(); }, [&window] { window.showCalendar(); },
            [&window] { window.showCmdb(); }, [&window] { window.showDashboard(); }};
        for (const auto &show : pages) {
            show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QStringList clashes = shortcutClashes(window);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
        }
    }

    void shouldNotShareAKeyWithAnOpenChange_data() { Test::addDriverRows(); }
    void shouldNotShareAKeyWithAnOpenChange()
    {
        SD_A11Y_WINDOW(window);
        // Given a change, then a problem, open below the queue: the labels of the form's tab in
        // view join the window's Alt+letters (a problem shows other fields than a change)
        QStringList clashes;
        QStringList activityClashes;
        for (const TicketKind kind : {TicketKind::Change, TicketKind::Problem}) {
            window.ticketTabs()->newTicket(kind);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTabWidget *formTabs = nullptr;
            for (QTabWidget *tabs :
                 window.ticketTabs()->findChildren<QTabWidget *>(QStringLiteral("formTabs"))) {
                if (tabs->isVisible())
                    formTabs = tabs;
            }
            QVERIFY(formTabs);
            for (int tab = 0; tab < formTabs->count(); ++tab) {
                if (!formTabs->isTabVisible(tab))
                    continue;
                formTabs->setCurrentIndex(tab);
                QStringList &found = formTabs->tabText(tab) == u"&Activity" ? activityClashes
                                                                            : clashes;
                for (const QString &clash : shortcutClashes(window))
                    found << formTabs->tabText(tab) + QStringLiteral(": ") + clash;
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
        QVERIFY2(activityClashes.isEmpty(), qPrintable(activityClashes.join(u"; ")));
    }

    void shouldReachTheMainPartsWithTab_data() { Test::addDriverRows(); }
    void shouldReachTheMainPartsWithTab()
    {
        SD_A11Y_WINDOW(window);
        QTreeView *tree = window.queueNavigator()->tree();
        QWidget *filter = window.queuePage()->filterEdit()->lineEdit();
        QWidget *table = window.queuePage()->table();
        // From the queue list, Tab visits the filter box and the table and comes back
        QList<QWidget *> chain = tabChain(tree);
        QVERIFY(chain.contains(filter));
        QVERIFY(chain.contains(table));
        QVERIFY(chain.indexOf(filter) < chain.indexOf(table));
        QCOMPARE(QApplication::focusWidget(), tree);
        // From the filter box as well: nothing in between holds the focus
        chain = tabChain(filter);
        QVERIFY(chain.contains(tree));
        QVERIFY(chain.contains(table));

        // The CMDB: its search box, its tree and the impact graph
        window.showCmdb();
        chain = tabChain(window.cmdbBrowser()->searchEdit());
        QVERIFY(chain.contains(window.cmdbBrowser()->tree()));
        QCOMPARE(QApplication::focusWidget(), window.cmdbBrowser()->searchEdit());

        // The calendar's view, and the dashboard's charts
        window.showCalendar();
        chain = tabChain(window.calendarPage()->serviceFilter());
        QVERIFY(chain.contains(window.calendarPage()->currentView()));
        window.showDashboard();
        const QList<Views::DashboardChart *> charts = window.dashboardPage()->charts();
        QVERIFY(!charts.isEmpty());
        chain = tabChain(charts.first());
        for (Views::DashboardChart *chart : charts) {
            QVERIFY2(chain.contains(chart), qPrintable(chart->title()));
            QVERIFY(!chart->accessibleName().isEmpty());
            QVERIFY(!chart->accessibleDescription().isEmpty());
        }
    }

    void shouldNameWidgetsWithoutAVisibleLabel_data() { Test::addDriverRows(); }
    void shouldNameWidgetsWithoutAVisibleLabel()
    {
        SD_A11Y_WINDOW(window);
        window.showCmdb();
        window.showCalendar();
        window.showQueues();
        // Buttons that show only an icon say what they do
        QStringList unnamed;
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->focusPolicy() == Qt::NoFocus)
                continue;
            const bool iconOnly = qobject_cast<QToolButton *>(button)
                                  && static_cast<QToolButton *>(button)->toolButtonStyle()
                                         == Qt::ToolButtonIconOnly;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            if ((iconOnly || button->text().isEmpty())
                && (!iface || iface->text(QAccessible::Name).isEmpty()))
                unnamed << button->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        for (QWidget *widget : QList<QWidget *>{window.queuePage()->filterEdit()->lineEdit(),
                                                 window.queuePage()->table(),
                                                 window.queueNavigator()->tree()})
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }

    void shouldGiveEveryMenuActionAScalableIcon_data() { Test::addDriverRows(); }
    void shouldGiveEveryMenuActionAScalableIcon()
    {
        SD_A11Y_WINDOW(window);
        // The offscreen platform has no icon theme: what shows is the program's own SVG
        for (const char *name : {"actionRefresh", "actionFilter", "actionShowQueues",
                                 "actionShowCalendar", "actionShowCmdb", "actionShowDashboard",
                                 "actionAssign", "actionMoveState", "actionNewIncident",
                                 "actionSettings", "actionQuit", "actionPrintSchedule"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->icon().isNull(), name);
            // An SVG has no fixed size: it renders at any size asked for
            const QPixmap big = action->icon().pixmap(QSize(96, 96));
            QVERIFY2(!big.isNull(), name);
            QCOMPARE(big.size(), QSize(96, 96));
        }
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
