// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace ServiceDeck::Views {

// One line that explains the calendar's colours: states, risks, collisions, freezes and
// maintenance windows.
class CalendarLegend : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarLegend(QWidget *parent = nullptr);
};

} // namespace ServiceDeck::Views
