#include "MqttCommands.h"

MqttCommands::~MqttCommands() = default;
