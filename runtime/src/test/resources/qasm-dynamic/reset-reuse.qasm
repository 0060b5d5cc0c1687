// One qubit measured, reset and used again; a two-bit condition on the record.
OPENQASM 2.0;
include "qelib1.inc";
qreg q[2];
creg c[2];
ry(1.1) q[0];
measure q[0] -> c[0];
reset q[0];
ry(0.4) q[0];
measure q[0] -> c[1];
if(c==3) x q[1];
