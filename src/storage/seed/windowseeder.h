// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

namespace ServiceDeck::Storage::Internal {

class SeedContext;

// Freeze (blackout) windows — year-end for everything, quarter-end closing for the finance
// services, the sales peak for the shop — and weekly maintenance windows per service.
class WindowSeeder
{
public:
    explicit WindowSeeder(SeedContext &context)
        : m_context(context)
    {}
    Result<void> run();

private:
    SeedContext &m_context;
};

} // namespace ServiceDeck::Storage::Internal
