package com.pulumi.wellarchitected.bench.startup;

/** The floor of any JVM program: start, print a line. A baseline of the start-up benchmark. */
public final class HelloWorld {

    private HelloWorld() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
