// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/change/timespan.h"
#include "core/directory.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

class CalendarSchedule;
class CalendarView;
class MonthView;
class TimelineView;
class WeekView;

// The change calendar: a tool bar to choose the view (month, week, timeline), page through
// time, zoom and filter by service, group, type, state and risk; a legend; and the three views
// over one schedule, so that what is moved in one is moved in all. The schedule holds the
// grid of the current month, which contains the current week and the month's timeline.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Month, Week, Timeline };

    // The database must outlive the page; `actor` is who moves changes.
    CalendarPage(Storage::Database &db, const User &actor, QWidget *parent = nullptr);

    CalendarSchedule *schedule() const { return m_schedule; }
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    TimelineView *timelineView() const { return m_timeline; }
    CalendarView *currentView() const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void setTimeZone(const QTimeZone &zone);
    // The instants the current view shows (for export and printing of what is on screen).
    Change::TimeSpan visibleRange() const;

    // Reads the schedule again (after edits elsewhere).
    void refresh();
    void previous();
    void next();
    void goToToday();

    QComboBox *serviceFilter() const { return m_serviceFilter; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }

signals:
    void openTicket(const QString &number);
    void statusMessage(const QString &message);

private:
    void setUpToolBar();
    void load();
    void updateTitle();
    void updateFilterChoices();
    void applyFilters();
    void step(int direction);

    Storage::Database &m_db;
    CalendarSchedule *m_schedule;
    Mode m_mode = Mode::Month;
    QDate m_date = QDate::currentDate();
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    MonthView *m_month = nullptr;
    WeekView *m_week = nullptr;
    TimelineView *m_timeline = nullptr;
    QAction *m_showMonth = nullptr;
    QAction *m_showWeek = nullptr;
    QAction *m_showTimeline = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_rows = nullptr;
    QComboBox *m_serviceFilter = nullptr;
    QComboBox *m_groupFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QComboBox *m_riskFilter = nullptr;
    bool m_updatingFilters = false;
};

} // namespace ServiceDeck::Views
