// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpage.h"

#include "calendarlegend.h"
#include "calendarschedule.h"
#include "calendarstyle.h"
#include "month/monthlayout.h"
#include "month/monthview.h"
#include "timeline/timelineview.h"
#include "week/weekview.h"

#include "views/accessibility/themeicon.h"

#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace ServiceDeck::Views {

namespace {

QComboBox *filterBox(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // In characters, not pixels, so that a larger font does not cut the choices short.
    box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 30);
    return box;
}

void fillBox(QComboBox *box, const QString &all, const QList<QPair<QString, QString>> &choices)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(all, QString());
    for (const auto &[value, label] : choices)
        box->addItem(label, value);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

CalendarPage::CalendarPage(Storage::Database &db, const User &actor, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_schedule(new CalendarSchedule(db, actor, this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_month = new MonthView(m_schedule, this);
    m_week = new WeekView(m_schedule, this);
    m_timeline = new TimelineView(m_schedule, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_timeline);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("calendarError"));
    m_error->setWordWrap(true);
    m_error->hide();
    setUpToolBar();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(new CalendarLegend(this));
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    for (CalendarView *view : {static_cast<CalendarView *>(m_month),
                               static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_timeline)}) {
        connect(view, &CalendarView::openTicket, this, &CalendarPage::openTicket);
        connect(view, &CalendarView::statusMessage, this, &CalendarPage::statusMessage);
    }
    // A day of the month opens in the week agenda.
    connect(m_month, &CalendarView::dayActivated, this, [this](const QDate &date) {
        setDate(date);
        setMode(Mode::Week);
    });
    connect(m_week, &CalendarView::dayActivated, this, [this](const QDate &date) {
        setDate(date);
        setMode(Mode::Timeline);
    });
    connect(m_schedule, &CalendarSchedule::changed, this, [this] { updateFilterChoices(); });
    setMode(Mode::Month);
    setDate(QDate::currentDate());
}

CalendarView *CalendarPage::currentView() const
{
    return static_cast<CalendarView *>(m_stack->currentWidget());
}

void CalendarPage::setUpToolBar()
{
    m_toolBar = new QToolBar(tr("Calendar"), this);
    m_toolBar->setObjectName(QStringLiteral("calendarToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    auto *views = new QActionGroup(this);
    const auto viewAction = [&](const QString &text, const QString &name, Mode mode) {
        QAction *action = m_toolBar->addAction(text);
        action->setObjectName(name);
        action->setCheckable(true);
        // Tool bar buttons take no focus and show no mnemonic: a key of its own makes each
        // view reachable by keyboard (Alt+1 … Alt+3, beside Ctrl+1 … Ctrl+4 for the pages).
        action->setShortcut(
            QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + int(mode)))));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        views->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
        return action;
    };
    m_showMonth = viewAction(tr("&Month"), QStringLiteral("calendarMonthAction"), Mode::Month);
    m_showWeek = viewAction(tr("&Week"), QStringLiteral("calendarWeekAction"), Mode::Week);
    m_showTimeline = viewAction(tr("&Timeline"), QStringLiteral("calendarTimelineAction"),
                                Mode::Timeline);
    m_showMonth->setToolTip(tr("Show a month as a grid of days"));
    m_showWeek->setToolTip(tr("Show a week with its hours"));
    m_showTimeline->setToolTip(tr("Show a month as a timeline per configuration item or service"));
    m_showMonth->setChecked(true);
    m_toolBar->addSeparator();

    const auto navigation = [&](const QString &icon, const QString &text, const QString &tip,
                                const QKeySequence &keys, auto slot) {
        QAction *action = m_toolBar->addAction(themeIcon(icon), text);
        action->setToolTip(tip);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    navigation(QStringLiteral("go-previous"), tr("Previous"), tr("Show the previous month or week"),
               QKeySequence(Qt::ALT | Qt::Key_Left), [this] { previous(); });
    navigation(QStringLiteral("go-jump-today"), tr("Today"), tr("Show today"),
               QKeySequence(Qt::ALT | Qt::Key_Home), [this] { goToToday(); });
    navigation(QStringLiteral("go-next"), tr("Next"), tr("Show the next month or week"),
               QKeySequence(Qt::ALT | Qt::Key_Right), [this] { next(); });
    m_zoomIn = navigation(QStringLiteral("zoom-in"), tr("Zoom In"), tr("Show more detail"),
                          QKeySequence::ZoomIn, [this] { currentView()->zoomIn(); });
    m_zoomOut = navigation(QStringLiteral("zoom-out"), tr("Zoom Out"), tr("Show more at once"),
                           QKeySequence::ZoomOut, [this] { currentView()->zoomOut(); });
    m_toolBar->addSeparator();
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    // Wide enough for the longest title, so that the tool bar does not shift while paging.
    m_title->setMinimumWidth(
        QFontMetrics(font).horizontalAdvance(tr("Week %1: %2 – %3")
                                                 .arg(53)
                                                 .arg(QStringLiteral("30 Sep"),
                                                      QStringLiteral("30 Sep 2026")))
        + 12);
    m_toolBar->addWidget(m_title);
    m_toolBar->addSeparator();

    m_rows = filterBox(QStringLiteral("calendarRows"), tr("Timeline rows"), this);
    m_rows->addItem(tr("Rows per CI"), int(TimelineView::Rows::ByCi));
    m_rows->addItem(tr("Rows per service"), int(TimelineView::Rows::ByService));
    connect(m_rows, &QComboBox::currentIndexChanged, this, [this] {
        m_timeline->setRows(TimelineView::Rows(m_rows->currentData().toInt()));
    });
    m_toolBar->addWidget(m_rows);

    m_serviceFilter = filterBox(QStringLiteral("calendarServiceFilter"), tr("Service"), this);
    m_groupFilter = filterBox(QStringLiteral("calendarGroupFilter"), tr("Group"), this);
    m_typeFilter = filterBox(QStringLiteral("calendarTypeFilter"), tr("Type"), this);
    m_stateFilter = filterBox(QStringLiteral("calendarStateFilter"), tr("State"), this);
    m_riskFilter = filterBox(QStringLiteral("calendarRiskFilter"), tr("Risk"), this);
    fillBox(m_typeFilter, tr("All types"), CalendarStyle::types());
    fillBox(m_stateFilter, tr("All states"), CalendarStyle::states());
    fillBox(m_riskFilter, tr("All risks"), CalendarStyle::risks());
    for (QComboBox *box :
         {m_serviceFilter, m_groupFilter, m_typeFilter, m_stateFilter, m_riskFilter}) {
        m_toolBar->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    }
    updateFilterChoices();
}

void CalendarPage::updateFilterChoices()
{
    // Services and groups are those of the loaded changes, so a choice never shows nothing.
    m_updatingFilters = true;
    const auto toChoices = [](const QList<QPair<QUuid, QString>> &list) {
        QList<QPair<QString, QString>> choices;
        for (const auto &[id, name] : list)
            choices << qMakePair(id.toString(QUuid::WithoutBraces), name);
        return choices;
    };
    QList<QPair<QString, QString>> services = toChoices(m_schedule->services());
    QList<QPair<QString, QString>> groups = toChoices(m_schedule->groups());
    // A filtered service or group without changes in this month stays chosen.
    const CalendarFilter &filter = m_schedule->filter();
    if (!filter.service.isNull()
        && m_serviceFilter->findData(filter.service.toString(QUuid::WithoutBraces)) >= 0
        && std::none_of(services.cbegin(), services.cend(), [&](const auto &choice) {
               return choice.first == filter.service.toString(QUuid::WithoutBraces);
           }))
        services << qMakePair(filter.service.toString(QUuid::WithoutBraces),
                              m_serviceFilter->currentText());
    if (!filter.group.isNull()
        && std::none_of(groups.cbegin(), groups.cend(), [&](const auto &choice) {
               return choice.first == filter.group.toString(QUuid::WithoutBraces);
           }))
        groups << qMakePair(filter.group.toString(QUuid::WithoutBraces),
                            m_groupFilter->currentText());
    fillBox(m_serviceFilter, tr("All services"), services);
    fillBox(m_groupFilter, tr("All groups"), groups);
    m_updatingFilters = false;
}

void CalendarPage::applyFilters()
{
    if (m_updatingFilters)
        return;
    CalendarFilter filter;
    filter.service = QUuid::fromString(m_serviceFilter->currentData().toString());
    filter.group = QUuid::fromString(m_groupFilter->currentData().toString());
    filter.type = m_typeFilter->currentData().toString();
    filter.state = m_stateFilter->currentData().toString();
    filter.risk = m_riskFilter->currentData().toString();
    m_schedule->setFilter(filter);
}

void CalendarPage::setMode(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Month: m_showMonth->setChecked(true); m_stack->setCurrentWidget(m_month); break;
    case Mode::Week: m_showWeek->setChecked(true); m_stack->setCurrentWidget(m_week); break;
    case Mode::Timeline:
        m_showTimeline->setChecked(true);
        m_stack->setCurrentWidget(m_timeline);
        break;
    }
    // Rows are the timeline's: the choice stays in its place, usable there only.
    m_rows->setEnabled(mode == Mode::Timeline);
    updateTitle();
}

void CalendarPage::setDate(const QDate &date)
{
    m_date = date;
    for (CalendarView *view : {static_cast<CalendarView *>(m_month),
                               static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_timeline)})
        view->setDate(date);
    updateTitle();
    // The month grid holds the week and the timeline's month: one load serves all three.
    if (m_month->visibleRange() != m_schedule->range())
        load();
    // The timeline opens on now in the current month, on the month's start in any other.
    if (date.year() == QDate::currentDate().year() && date.month() == QDate::currentDate().month())
        m_timeline->scrollToTime(QDateTime::currentMSecsSinceEpoch() - 12 * 3600 * 1000);
    else
        m_timeline->scrollToTime(m_timeline->visibleRange().start);
}

void CalendarPage::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    for (CalendarView *view : {static_cast<CalendarView *>(m_month),
                               static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_timeline)})
        view->setTimeZone(zone);
    setDate(m_date);
}

Change::TimeSpan CalendarPage::visibleRange() const
{
    return currentView()->visibleRange();
}

void CalendarPage::load()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> loaded = m_schedule->load(m_month->visibleRange());
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        m_error->setText(tr("The change schedule could not be read: %1")
                             .arg(loaded.error().message));
        m_error->show();
        emit statusMessage(m_error->text());
        return;
    }
    m_error->hide();
    emit statusMessage(tr("%n changes in %1", nullptr, int(m_schedule->items().size()))
                           .arg(m_title->text()));
}

void CalendarPage::refresh()
{
    load();
}

void CalendarPage::step(int direction)
{
    setDate(m_mode == Mode::Week ? m_date.addDays(7 * direction) : m_date.addMonths(direction));
}

void CalendarPage::previous()
{
    step(-1);
}

void CalendarPage::next()
{
    step(1);
}

void CalendarPage::goToToday()
{
    setDate(QDate::currentDate());
}

void CalendarPage::updateTitle()
{
    const QLocale locale;
    if (m_mode == Mode::Week) {
        const QDate first = m_week->layout().firstDay();
        const QDate last = first.addDays(WeekLayout::Days - 1);
        m_title->setText(tr("Week %1: %2 – %3")
                             .arg(first.weekNumber())
                             .arg(locale.toString(first, QStringLiteral("d MMM")),
                                  locale.toString(last, QStringLiteral("d MMM yyyy"))));
    } else {
        m_title->setText(locale.toString(m_date, QStringLiteral("MMMM yyyy")));
    }
    m_zoomIn->setEnabled(currentView()->canZoom());
    m_zoomOut->setEnabled(currentView()->canZoom());
}

} // namespace ServiceDeck::Views
