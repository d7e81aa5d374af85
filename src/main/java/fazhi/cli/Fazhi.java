package fazhi.cli;
public class Fazhi { public static void main(String[] a){ System.out.println("java " + Runtime.version() + " args=" + String.join("|", a)); } }
