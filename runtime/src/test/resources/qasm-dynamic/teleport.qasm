// Quantum teleportation as in the OpenQASM 2.0 paper (Cross et al. 2017, arXiv:1707.03429,
// figure 5): q[0] is teleported to q[2] with two mid-circuit measurements and feed-forward.
OPENQASM 2.0;
include "qelib1.inc";
qreg q[3];
creg c0[1];
creg c1[1];
creg c2[1];
u3(0.3,0.2,0.1) q[0];
h q[1];
cx q[1],q[2];
barrier q;
cx q[0],q[1];
h q[0];
measure q[0] -> c0[0];
measure q[1] -> c1[0];
if(c0==1) z q[2];
if(c1==1) x q[2];
measure q[2] -> c2[0];
