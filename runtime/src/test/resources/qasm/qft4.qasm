// Quantum Fourier transform on 4 qubits (as Qiskit's QFT(4) decomposes it), applied to |x>
// with x = 5: q[0] and q[2] set, q[0] the least significant bit as in Qiskit.
OPENQASM 2.0;
include "qelib1.inc";
qreg q[4];
x q[0];
x q[2];
h q[3];
cu1(pi/2) q[2], q[3];
cu1(pi/4) q[1], q[3];
cu1(pi/8) q[0], q[3];
h q[2];
cu1(pi/2) q[1], q[2];
cu1(pi/4) q[0], q[2];
h q[1];
cu1(pi/2) q[0], q[1];
h q[0];
swap q[0], q[3];
swap q[1], q[2];
