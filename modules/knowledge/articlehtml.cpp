#include "articlehtml.h"

// Written by its owner (see the issue 7 work split).
