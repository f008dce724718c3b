// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace ServiceDeck::Storage::Internal {

class SeedContext;

// Business calendars ("Office hours" in Berlin with German holidays, "24x7") and one SLA policy
// per kind and priority; P1 incidents run around the clock.
class CalendarSeeder
{
public:
    explicit CalendarSeeder(SeedContext &context)
        : m_context(context)
    {}
    Result<void> run();

private:
    SeedContext &m_context;
};

} // namespace ServiceDeck::Storage::Internal
