// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarbench.h"

#include "calendarschedule.h"
#include "month/monthview.h"
#include "timeline/timelineview.h"
#include "week/weekview.h"

#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace ServiceDeck::Views {

namespace {

CalendarViewFigures paintFrames(CalendarView &view, int frames)
{
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1600, 1000);
    view.show();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    CalendarViewFigures figures;
    double total = 0;
    QScrollBar *vertical = view.verticalScrollBar();
    QScrollBar *horizontal = view.horizontalScrollBar();
    for (int frame = 0; frame < frames; ++frame) {
        // Down and across the content, a frame at a time, as a person scrolling through it.
        const double at = frames > 1 ? double(frame) / (frames - 1) : 0;
        QElapsedTimer timer;
        timer.start();
        vertical->setValue(int(std::lround(at * vertical->maximum())));
        horizontal->setValue(int(std::lround(at * horizontal->maximum())));
        view.render(&image);
        const double ms = timer.nsecsElapsed() / 1e6;
        total += ms;
        figures.maxMs = std::max(figures.maxMs, ms);
    }
    figures.frames = frames;
    figures.meanMs = frames > 0 ? total / frames : 0;
    view.hide();
    return figures;
}

} // namespace

Result<CalendarPaintFigures> measureCalendarPaint(Storage::Database &db, const QDate &month,
                                                  const User &actor, int frames)
{
    CalendarSchedule schedule(db, actor);
    MonthView monthView(&schedule);
    WeekView weekView(&schedule);
    TimelineView timelineView(&schedule);
    // The middle of the month: its week is a busy one.
    const QDate day(month.year(), month.month(), 15);
    for (CalendarView *view : {static_cast<CalendarView *>(&monthView),
                               static_cast<CalendarView *>(&weekView),
                               static_cast<CalendarView *>(&timelineView)})
        view->setDate(day);
    if (auto loaded = schedule.load(monthView.visibleRange()); !loaded)
        return loaded.error();
    CalendarPaintFigures figures;
    figures.changes = schedule.items().size();
    figures.loadMs = schedule.loadMilliseconds();
    for (int step = 0; step < 3; ++step)
        monthView.zoomIn();
    figures.month = paintFrames(monthView, frames);
    figures.week = paintFrames(weekView, frames);
    figures.timeline = paintFrames(timelineView, frames);
    return figures;
}

} // namespace ServiceDeck::Views
