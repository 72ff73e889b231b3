"""The simulated station controller: a behavioural model served as a Modbus RTU device."""
