package vn.chitieu;

public final class ChitieuApplication {
    public static void main(String[] args) {
        System.out.println("chitieu");
    }
}
