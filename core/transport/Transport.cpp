#include "Transport.h"

Transport::~Transport() = default;
