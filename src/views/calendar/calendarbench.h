// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/error.h"

#include <QDate>

namespace ServiceDeck::Storage {
class Database;
}

namespace ServiceDeck::Views {

// Milliseconds per painted frame of one view.
struct CalendarViewFigures
{
    int frames = 0;
    double meanMs = 0;
    double maxMs = 0;
};

struct CalendarPaintFigures
{
    qsizetype changes = 0; // changes in the loaded month grid
    qint64 loadMs = 0; // reading the schedule and finding its collisions
    CalendarViewFigures month;
    CalendarViewFigures week;
    CalendarViewFigures timeline;
};

// The benchmark of the calendar's painting: loads the month of `month`, builds the month,
// week and timeline views off screen at 1600 × 1000, and scrolls each through its content in
// `frames` steps, painting every frame into an image. The month view is zoomed to rows of 32
// lanes so that it scrolls; the timeline keeps its default zoom and scrolls both ways. Needs a
// QApplication (widgets; the offscreen platform will do).
Result<CalendarPaintFigures> measureCalendarPaint(Storage::Database &db, const QDate &month,
                                                  const User &actor, int frames);

} // namespace ServiceDeck::Views
